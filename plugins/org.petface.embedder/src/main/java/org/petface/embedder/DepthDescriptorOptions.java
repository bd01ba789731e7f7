package org.petface.embedder;

import java.util.Locale;

/**
 * Options of the depth descriptor. The face is resampled to cells of {@code cellMm}, despeckled (a median over
 * {@code despeckleMm} either side removes the pits and bumps that noise leaves on PET surfaces; 0 = off),
 * band-passed (Gaussian of {@code detailSigmaMm} minus Gaussian of {@code baselineSigmaMm}: the fine blur brings CT
 * detail down to PET resolution, the coarse one removes head size, head curvature and the tilt of a turned or
 * nodding head), aligned on the nose tip and the symmetry axis, and sampled on {@code gridSize} x {@code gridSize}
 * points over the face box ({@code faceHalfWidthMm} either side of the midline, {@code faceAboveMm} above and
 * {@code faceBelowMm} below the nose tip).
 *
 * @param minNoseProminenceMm how far the nose tip must stand out of the band-passed surface to count as one
 * @param minEyeSocketDepthMm how deep each eye socket must sink into the band-passed surface to count as one
 */
public record DepthDescriptorOptions(int gridSize, double cellMm, double despeckleMm, double detailSigmaMm,
        double baselineSigmaMm, double faceHalfWidthMm, double faceAboveMm, double faceBelowMm,
        double minNoseProminenceMm, double minEyeSocketDepthMm) {

    public DepthDescriptorOptions {
        if (gridSize < 4 || gridSize > 128) {
            throw new IllegalArgumentException("grid size must lie in 4..128, got " + gridSize);
        }
        if (!(cellMm >= 0.25 && cellMm <= 5)) {
            throw new IllegalArgumentException("cell size must lie in 0.25..5 mm, got " + cellMm);
        }
        if (!(despeckleMm >= 0 && despeckleMm <= 20)) {
            throw new IllegalArgumentException("despeckle radius must lie in 0..20 mm, got " + despeckleMm);
        }
        if (!(detailSigmaMm > 0 && baselineSigmaMm > detailSigmaMm && baselineSigmaMm <= 100)) {
            throw new IllegalArgumentException("need 0 < detail sigma < baseline sigma <= 100 mm, got " + detailSigmaMm
                    + " and " + baselineSigmaMm);
        }
        for (double mm : new double[] {faceHalfWidthMm, faceAboveMm, faceBelowMm}) {
            if (!(mm > 0 && mm <= 200)) {
                throw new IllegalArgumentException("face box extents must lie in (0, 200] mm, got " + mm);
            }
        }
        if (!(minNoseProminenceMm >= 0) || !(minEyeSocketDepthMm >= 0)) {
            throw new IllegalArgumentException("minimum nose prominence and eye socket depth must be >= 0 mm");
        }
    }

    public static DepthDescriptorOptions defaults() {
        return new DepthDescriptorOptions(32, 1.5, 3, 3.5, 15, 60, 55, 75, 5, 1);
    }

    public DepthDescriptorOptions withGridSize(int n) {
        return new DepthDescriptorOptions(n, cellMm, despeckleMm, detailSigmaMm, baselineSigmaMm, faceHalfWidthMm,
                faceAboveMm, faceBelowMm, minNoseProminenceMm, minEyeSocketDepthMm);
    }

    public DepthDescriptorOptions withDespeckleMm(double mm) {
        return new DepthDescriptorOptions(gridSize, cellMm, mm, detailSigmaMm, baselineSigmaMm, faceHalfWidthMm,
                faceAboveMm, faceBelowMm, minNoseProminenceMm, minEyeSocketDepthMm);
    }

    public DepthDescriptorOptions withBandPass(double detailSigma, double baselineSigma) {
        return new DepthDescriptorOptions(gridSize, cellMm, despeckleMm, detailSigma, baselineSigma, faceHalfWidthMm,
                faceAboveMm, faceBelowMm, minNoseProminenceMm, minEyeSocketDepthMm);
    }

    public DepthDescriptorOptions withFaceBox(double halfWidthMm, double aboveMm, double belowMm) {
        return new DepthDescriptorOptions(gridSize, cellMm, despeckleMm, detailSigmaMm, baselineSigmaMm, halfWidthMm,
                aboveMm, belowMm, minNoseProminenceMm, minEyeSocketDepthMm);
    }

    /** "depth-v1" for the defaults; other options get their values in the id, as their vectors differ. */
    String modelId() {
        if (equals(defaults())) {
            return DepthDescriptorEmbedder.MODEL_ID;
        }
        return String.format(Locale.ROOT, "%s:grid=%d,cell=%s,despeckle=%s,band=%s-%s,box=%s/%s/%s",
                DepthDescriptorEmbedder.MODEL_ID, gridSize, cellMm, despeckleMm, detailSigmaMm, baselineSigmaMm,
                faceHalfWidthMm, faceAboveMm, faceBelowMm);
    }
}
