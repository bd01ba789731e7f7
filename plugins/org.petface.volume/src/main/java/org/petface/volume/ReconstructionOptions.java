package org.petface.volume;

import org.petface.volume.ops.HeadCropOptions;

/**
 * Options of the volume reconstructor (stage 2).
 *
 * @param targetSpacingMm        isotropic voxel spacing to resample to (trilinear), or 0 to keep the grid
 * @param reorientToCanonical    permute/flip the voxel axes to L, P, S order (exact, no interpolation)
 * @param cropToHead             crop to the head found from the body mask's superior end
 * @param headCrop               how the head is found and how much is kept (height, margin, thresholds)
 * @param slicePositionToleranceMm slices closer than this are the same position; positions off the regular
 *                               grid by more than this are uneven
 * @param threads                worker threads for slice decoding and resampling
 */
public record ReconstructionOptions(double targetSpacingMm, boolean reorientToCanonical, boolean cropToHead,
                                    HeadCropOptions headCrop, double slicePositionToleranceMm, int threads) {

    public ReconstructionOptions {
        if (!(targetSpacingMm >= 0) || !Double.isFinite(targetSpacingMm)) {
            throw new IllegalArgumentException("target spacing must be >= 0 mm (0 = keep), got " + targetSpacingMm);
        }
        if (headCrop == null) {
            throw new IllegalArgumentException("head crop options are required (use HeadCropOptions.defaults())");
        }
        if (!(slicePositionToleranceMm > 0) || !Double.isFinite(slicePositionToleranceMm)) {
            throw new IllegalArgumentException("slice position tolerance must be > 0 mm, got "
                    + slicePositionToleranceMm);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /**
     * Keep the grid, no reorientation, no crop, one thread per core, 0.1 mm position tolerance (scanners often
     * round ImagePositionPatient to 0.1 mm, so stricter tolerances reject real series).
     */
    public static ReconstructionOptions defaults() {
        return new ReconstructionOptions(0, false, false, HeadCropOptions.defaults(), 0.1,
                Runtime.getRuntime().availableProcessors());
    }

    public boolean resamples() {
        return targetSpacingMm > 0;
    }

    public ReconstructionOptions withTargetSpacingMm(double mm) {
        return new ReconstructionOptions(mm, reorientToCanonical, cropToHead, headCrop, slicePositionToleranceMm,
                threads);
    }

    public ReconstructionOptions withReorientToCanonical(boolean reorient) {
        return new ReconstructionOptions(targetSpacingMm, reorient, cropToHead, headCrop, slicePositionToleranceMm,
                threads);
    }

    public ReconstructionOptions withCropToHead(boolean crop) {
        return new ReconstructionOptions(targetSpacingMm, reorientToCanonical, crop, headCrop,
                slicePositionToleranceMm, threads);
    }

    public ReconstructionOptions withHeadCrop(HeadCropOptions newHeadCrop) {
        return new ReconstructionOptions(targetSpacingMm, reorientToCanonical, cropToHead, newHeadCrop,
                slicePositionToleranceMm, threads);
    }

    public ReconstructionOptions withSlicePositionToleranceMm(double mm) {
        return new ReconstructionOptions(targetSpacingMm, reorientToCanonical, cropToHead, headCrop, mm, threads);
    }

    public ReconstructionOptions withThreads(int n) {
        return new ReconstructionOptions(targetSpacingMm, reorientToCanonical, cropToHead, headCrop,
                slicePositionToleranceMm, n);
    }
}
