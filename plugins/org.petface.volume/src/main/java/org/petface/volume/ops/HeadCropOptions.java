package org.petface.volume.ops;

/**
 * How {@link HeadCropper} finds and keeps the head.
 *
 * @param headHeightMm      how far below the body's superior end the head region reaches (vertex to below chin)
 * @param marginMm          extra margin kept around the head region on every side
 * @param ctBodyThresholdHu CT voxels above this (HU) are body
 * @param petPercentile     PET (and any non-CT) voxels are body above {@code petFraction} of this percentile
 * @param petFraction       see {@code petPercentile}
 * @param minBodyAreaMm2    a slice whose body cross-section is smaller than this counts as empty (noise, tips)
 */
public record HeadCropOptions(double headHeightMm, double marginMm, double ctBodyThresholdHu,
                              double petPercentile, double petFraction, double minBodyAreaMm2) {

    public HeadCropOptions {
        requirePositive(headHeightMm, "head height");
        if (!(marginMm >= 0) || !Double.isFinite(marginMm)) {
            throw new IllegalArgumentException("head margin must be >= 0 mm, got " + marginMm);
        }
        if (!Double.isFinite(ctBodyThresholdHu)) {
            throw new IllegalArgumentException("CT body threshold must be finite");
        }
        if (!(petPercentile > 0 && petPercentile <= 100)) {
            throw new IllegalArgumentException("PET percentile must be in (0, 100], got " + petPercentile);
        }
        if (!(petFraction > 0 && petFraction < 1)) {
            throw new IllegalArgumentException("PET fraction must be in (0, 1), got " + petFraction);
        }
        requirePositive(minBodyAreaMm2, "minimum body area");
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /** 260 mm of head, 10 mm margin, CT body above -500 HU, PET body above 10% of the 99th percentile, 1 cm². */
    public static HeadCropOptions defaults() {
        return new HeadCropOptions(260, 10, -500, 99, 0.1, 100);
    }

    public HeadCropOptions withMarginMm(double newMarginMm) {
        return new HeadCropOptions(headHeightMm, newMarginMm, ctBodyThresholdHu, petPercentile, petFraction,
                minBodyAreaMm2);
    }

    public HeadCropOptions withHeadHeightMm(double newHeadHeightMm) {
        return new HeadCropOptions(newHeadHeightMm, marginMm, ctBodyThresholdHu, petPercentile, petFraction,
                minBodyAreaMm2);
    }
}
