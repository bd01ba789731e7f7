package org.petface.matcher.shape;

/**
 * Options of {@link ShapeMatcher}.
 *
 * @param noseSearchBandMm the nose tip is the most anterior vertex within this distance below the top of the mesh
 *     (keeps shoulders and chest, which may lie further anterior, out of the search)
 * @param faceRadiusMm the face region: vertices within this distance of the nose tip across the face (x and z)
 * @param faceDepthMm ... and at most this far posterior of the nose tip
 * @param probeSpacingMm grid spacing to which the probe face is thinned before registration
 * @param gallerySpacingMm grid spacing to which the gallery face is thinned (finer: it is the target surface)
 * @param maxIterations ICP iterations at most
 * @param keepFraction fraction of closest point pairs used in each ICP step (trimmed ICP; the rest is outliers)
 * @param threads probes registered in parallel
 */
public record ShapeMatchOptions(double noseSearchBandMm, double faceRadiusMm, double faceDepthMm,
        double probeSpacingMm, double gallerySpacingMm, int maxIterations, double keepFraction, int threads) {

    public ShapeMatchOptions {
        for (double v : new double[] {noseSearchBandMm, faceRadiusMm, faceDepthMm, probeSpacingMm, gallerySpacingMm}) {
            if (!(v > 0 && v < 10_000)) {
                throw new IllegalArgumentException("lengths must lie in (0, 10000) mm, got " + v);
            }
        }
        if (maxIterations < 1 || maxIterations > 1000) {
            throw new IllegalArgumentException("maxIterations must lie in 1..1000, got " + maxIterations);
        }
        if (!(keepFraction > 0 && keepFraction <= 1)) {
            throw new IllegalArgumentException("keepFraction must lie in (0, 1], got " + keepFraction);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Adult face: nose within 180 mm of the vertex, 75 mm radius, 60 mm deep; 3/1.5 mm sampling; 30 steps; 90%. */
    public static ShapeMatchOptions defaults() {
        return new ShapeMatchOptions(180, 75, 60, 3, 1.5, 30, 0.9, Runtime.getRuntime().availableProcessors());
    }
}
