package org.petface.surface;

import org.petface.surface.mesh.MeshSmoothing;

/**
 * How {@link SurfaceExtractor} finds the skin.
 *
 * @param threshold        the skin/air threshold; null for the published choice (Otsu for CT, 95th percentile else)
 * @param cropToHead       mesh only the head: from the body's superior end down {@code headHeightMm}
 * @param headHeightMm     how far below the body's superior end the head region reaches
 * @param bedSeparationMm  structures thinner than this are cut off while looking for the body, so a scanner bed
 *                         touching the patient stays out; 0 keeps the largest connected component as it is
 * @param openingMm        morphological opening of the body by a box this wide (0 = none): removes thin spurs
 * @param closingMm        morphological closing by a box this wide (0 = none): closes narrow gaps and dents
 * @param fillHoles        fill cavities the outside air does not reach (airways, sinuses), leaving only the skin
 * @param smoothing        mesh smoothing after marching cubes
 * @param targetTriangles  decimate to at most this many triangles (0 = keep all)
 * @param threads          worker threads
 */
public record SurfaceOptions(SkinThreshold threshold, boolean cropToHead, double headHeightMm,
                             double bedSeparationMm, double openingMm, double closingMm, boolean fillHoles,
                             MeshSmoothing smoothing, int targetTriangles, int threads) {

    public SurfaceOptions {
        requireMm(headHeightMm, "head height", false);
        requireMm(bedSeparationMm, "bed separation", true);
        requireMm(openingMm, "opening", true);
        requireMm(closingMm, "closing", true);
        if (smoothing == null) {
            throw new IllegalArgumentException("smoothing must be given (MeshSmoothing.none() for none)");
        }
        if (targetTriangles < 0) {
            throw new IllegalArgumentException("target triangle count must be >= 0, got " + targetTriangles);
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be in 1..256, got " + threads);
        }
    }

    private static void requireMm(double mm, String name, boolean zeroAllowed) {
        if (!Double.isFinite(mm) || mm < 0 || (!zeroAllowed && mm == 0) || mm > 10_000) {
            throw new IllegalArgumentException(name + " must be " + (zeroAllowed ? ">= 0" : "> 0")
                    + " mm and finite, got " + mm);
        }
    }

    /**
     * The published threshold, whole volume, bed separation at 4 mm, holes filled, Taubin smoothing (5
     * iterations), no decimation, all processors.
     */
    public static SurfaceOptions defaults() {
        return new SurfaceOptions(null, false, 250, 4, 0, 0, true, MeshSmoothing.taubin(5), 0,
                Runtime.getRuntime().availableProcessors());
    }

    public SurfaceOptions withThreshold(SkinThreshold t) {
        return new SurfaceOptions(t, cropToHead, headHeightMm, bedSeparationMm, openingMm, closingMm, fillHoles,
                smoothing, targetTriangles, threads);
    }

    public SurfaceOptions withCropToHead(boolean crop) {
        return new SurfaceOptions(threshold, crop, headHeightMm, bedSeparationMm, openingMm, closingMm, fillHoles,
                smoothing, targetTriangles, threads);
    }

    public SurfaceOptions withBedSeparationMm(double mm) {
        return new SurfaceOptions(threshold, cropToHead, headHeightMm, mm, openingMm, closingMm, fillHoles,
                smoothing, targetTriangles, threads);
    }

    public SurfaceOptions withOpeningClosingMm(double opening, double closing) {
        return new SurfaceOptions(threshold, cropToHead, headHeightMm, bedSeparationMm, opening, closing, fillHoles,
                smoothing, targetTriangles, threads);
    }

    public SurfaceOptions withFillHoles(boolean fill) {
        return new SurfaceOptions(threshold, cropToHead, headHeightMm, bedSeparationMm, openingMm, closingMm, fill,
                smoothing, targetTriangles, threads);
    }

    public SurfaceOptions withSmoothing(MeshSmoothing s) {
        return new SurfaceOptions(threshold, cropToHead, headHeightMm, bedSeparationMm, openingMm, closingMm,
                fillHoles, s, targetTriangles, threads);
    }

    public SurfaceOptions withTargetTriangles(int target) {
        return new SurfaceOptions(threshold, cropToHead, headHeightMm, bedSeparationMm, openingMm, closingMm,
                fillHoles, smoothing, target, threads);
    }

    public SurfaceOptions withThreads(int n) {
        return new SurfaceOptions(threshold, cropToHead, headHeightMm, bedSeparationMm, openingMm, closingMm,
                fillHoles, smoothing, targetTriangles, n);
    }
}
