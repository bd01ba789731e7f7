package org.petface.phantom;

import java.util.SplittableRandom;

/** The voxel value of each tissue class in one modality (HU for CT, SUVbw for FDG PET). */
public record TissueValues(double air, double skin, double fat, double softTissue, double bone,
                           double csf, double brain, double eye) {

    /** CT attenuation; bone density varies between subjects. */
    public static TissueValues ct(SplittableRandom rng) {
        return new TissueValues(-1000, Sampling.normal(rng, 45, 5), Sampling.normal(rng, -100, 8),
                Sampling.normal(rng, 40, 4), Sampling.normal(rng, 1000, 110), 8, Sampling.normal(rng, 35, 2), 12);
    }

    /** FDG uptake one hour after injection; cortical glucose metabolism varies between subjects. */
    public static TissueValues fdg(SplittableRandom rng) {
        return new TissueValues(0, Sampling.normal(rng, 1.3, 0.1), Sampling.normal(rng, 0.4, 0.05),
                Sampling.normal(rng, 1.0, 0.08), Sampling.normal(rng, 0.7, 0.1), 0.2,
                Sampling.normal(rng, 8.0, 0.7), 0.6);
    }
}
