package org.petface.matcher.shape;

import java.util.Arrays;
import java.util.List;

import org.petface.core.Mesh;
import org.petface.matcher.Parallel;
import org.petface.matcher.Procrustes;
import org.petface.matcher.SimilarityMatrix;
import org.petface.matcher.SimilarityTransform;

/**
 * A matcher that needs no face model: the probe's face region is registered rigidly onto each gallery face region
 * by trimmed point-to-point ICP (closest points from a k-d tree, the closest {@code keepFraction} of the pairs
 * fitted by Horn's method, starting from the region centroids), and the pair scores minus the RMS residual (mm).
 * Deterministic: no random sampling, and each pair is computed alone.
 */
public final class ShapeMatcher {

    private static final double CONVERGED_MM = 1e-4;

    private ShapeMatcher() {
    }

    public static SimilarityMatrix apply(List<Mesh> probes, List<Mesh> gallery, ShapeMatchOptions options) {
        double[][] probeFaces = new double[probes.size()][];
        for (int i = 0; i < probeFaces.length; i++) {
            probeFaces[i] = face(probes.get(i), options, options.probeSpacingMm(), "probe " + i);
        }
        PointTree[] galleryFaces = new PointTree[gallery.size()];
        for (int j = 0; j < galleryFaces.length; j++) {
            galleryFaces[j] = new PointTree(face(gallery.get(j), options, options.gallerySpacingMm(),
                    "gallery item " + j));
        }
        int n = galleryFaces.length;
        float[] scores = new float[probeFaces.length * n];
        Parallel.forEach(probeFaces.length, options.threads(), i -> {
            for (int j = 0; j < n; j++) {
                scores[i * n + j] = (float) -register(probeFaces[i], galleryFaces[j], options).rmsMm();
            }
        });
        return new SimilarityMatrix(probeFaces.length, n, scores);
    }

    /** Registers one probe mesh onto one gallery mesh. */
    public static Registration register(Mesh probe, Mesh gallery, ShapeMatchOptions options) {
        return register(face(probe, options, options.probeSpacingMm(), "probe"),
                new PointTree(face(gallery, options, options.gallerySpacingMm(), "gallery")), options);
    }

    private static double[] face(Mesh mesh, ShapeMatchOptions options, double spacing, String what) {
        double[] points = FaceRegion.crop(mesh, options, spacing);
        if (points.length < 3 * 3) {
            throw new IllegalArgumentException(what + ": fewer than 3 vertices in the face region ("
                    + points.length / 3 + " of " + mesh.vertexCount() + ")");
        }
        return points;
    }

    static Registration register(double[] probe, PointTree gallery, ShapeMatchOptions options) {
        int n = probe.length / 3;
        int keep = Math.max(3, (int) Math.round(options.keepFraction() * n));
        keep = Math.min(keep, n);
        double[] galleryPoints = gallery.points();
        double[] pc = centroid(probe);
        double[] gc = centroid(galleryPoints);
        SimilarityTransform transform = new SimilarityTransform(3, 1, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1},
                new double[] {gc[0] - pc[0], gc[1] - pc[1], gc[2] - pc[2]});
        double previous = Double.POSITIVE_INFINITY;
        Pairs pairs = null;
        int iteration = 0;
        while (iteration < options.maxIterations()) {
            iteration++;
            pairs = closestPairs(probe, transform, gallery, galleryPoints, keep);
            transform = Procrustes.fit(pairs.source, pairs.target, 3, false);
            if (previous - pairs.rms < CONVERGED_MM) {
                break;
            }
            previous = pairs.rms;
        }
        Pairs last = closestPairs(probe, transform, gallery, galleryPoints, keep);
        return new Registration(transform, last.rms, iteration, keep);
    }

    private record Pairs(double[] source, double[] target, double rms) {
    }

    /** The keep closest pairs (probe point, its nearest gallery point) under the transform. */
    private static Pairs closestPairs(double[] probe, SimilarityTransform transform, PointTree gallery,
            double[] galleryPoints, int keep) {
        int n = probe.length / 3;
        double[] moved = transform.apply(probe);
        long[] keyed = new long[n];
        int[] match = new int[n];
        double[] d2 = new double[n];
        for (int i = 0; i < n; i++) {
            int g = gallery.nearest(moved[3 * i], moved[3 * i + 1], moved[3 * i + 2]);
            match[i] = g;
            double dx = galleryPoints[3 * g] - moved[3 * i];
            double dy = galleryPoints[3 * g + 1] - moved[3 * i + 1];
            double dz = galleryPoints[3 * g + 2] - moved[3 * i + 2];
            d2[i] = dx * dx + dy * dy + dz * dz;
            // non-negative floats order like their bit patterns; the index breaks ties deterministically
            keyed[i] = ((long) Float.floatToIntBits((float) d2[i]) << 32) | i;
        }
        Arrays.sort(keyed);
        double[] source = new double[3 * keep];
        double[] target = new double[3 * keep];
        double sum = 0;
        for (int k = 0; k < keep; k++) {
            int i = (int) keyed[k];
            System.arraycopy(probe, 3 * i, source, 3 * k, 3);
            System.arraycopy(galleryPoints, 3 * match[i], target, 3 * k, 3);
            sum += d2[i];
        }
        return new Pairs(source, target, Math.sqrt(sum / keep));
    }

    private static double[] centroid(double[] points) {
        double[] c = new double[3];
        for (int i = 0; i < points.length; i++) {
            c[i % 3] += points[i];
        }
        int n = points.length / 3;
        return new double[] {c[0] / n, c[1] / n, c[2] / n};
    }
}
