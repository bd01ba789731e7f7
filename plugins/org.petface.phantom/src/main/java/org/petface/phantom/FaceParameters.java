package org.petface.phantom;

import java.util.SplittableRandom;

/**
 * Facial geometry of one synthetic subject (mm, degrees), in the model frame of {@link HeadParameters}.
 * Depths are measured from the glabella's skin, heights from the centre of the cranium.
 *
 * @param foreheadSlope        backward lean of the upper forehead (mm at the hairline)
 * @param glabellaHeight       height of the glabella above the cranial centre
 * @param browProminence       how far the brow ridge stands out
 * @param eyeHalfDistance      half the interpupillary distance
 * @param eyeDrop              glabella to pupil, vertically
 * @param eyeSetBack           glabella skin to the closed lid over the cornea, in depth
 * @param eyeSocketDepth       depth of the orbital hollow around the eye
 * @param eyeRadius            eyeball radius
 * @param noseLength           nasion to subnasale, vertically
 * @param noseProjection       subnasale to nose tip, in depth
 * @param noseHalfWidth        half the alar width
 * @param noseTipRadius        roundness of the nose tip
 * @param noseBridgeHalfWidth  half the width of the nasal dorsum
 * @param nasionSetBack        glabella to nasion, in depth
 * @param cheekboneHalfWidth   half the bizygomatic breadth
 * @param cheekFullness        soft-tissue volume of the cheeks
 * @param midfaceProjection    forward (+) or backward (-) placement of the maxilla and lips
 * @param mouthHalfWidth       half the mouth width (cheilion to cheilion)
 * @param upperLipThickness    vermilion height of the upper lip
 * @param lowerLipThickness    vermilion height of the lower lip
 * @param mouthDrop            subnasale to stomion, vertically
 * @param chinDrop             stomion to menton, vertically
 * @param chinProjection       forward (+) or backward (-) placement of the chin
 * @param chinHalfWidth        half the chin width
 * @param jawHalfWidth         half the bigonial breadth
 * @param earLength            ear height
 * @param earWidth             ear breadth
 * @param earProtrusion        angle of the ear away from the head (degrees)
 * @param earHeight            height of the ear centre relative to the pupils
 */
public record FaceParameters(
        double foreheadSlope, double glabellaHeight, double browProminence,
        double eyeHalfDistance, double eyeDrop, double eyeSetBack, double eyeSocketDepth, double eyeRadius,
        double noseLength, double noseProjection, double noseHalfWidth, double noseTipRadius,
        double noseBridgeHalfWidth, double nasionSetBack,
        double cheekboneHalfWidth, double cheekFullness, double midfaceProjection,
        double mouthHalfWidth, double upperLipThickness, double lowerLipThickness, double mouthDrop,
        double chinDrop, double chinProjection, double chinHalfWidth, double jawHalfWidth,
        double earLength, double earWidth, double earProtrusion, double earHeight) {

    /**
     * Draws a face. Means and spreads follow adult facial anthropometry (e.g. interpupillary distance
     * 63 +- 3.5 mm, nose length 50 +- 4 mm, mouth width 50 +- 5 mm, bigonial breadth 100 +- 8 mm); males are
     * drawn with larger brows, noses, jaws and chins.
     */
    public static FaceParameters sample(SplittableRandom rng, boolean male, double size, double bodyMassIndex) {
        double m = male ? 1 : 0;
        double fullness = 0.25 * (bodyMassIndex - 25);
        return new FaceParameters(
                Sampling.normal(rng, 8 + 4 * m, 5),
                Sampling.normal(rng, 4, 3),
                Sampling.normal(rng, 2.5 + 2.5 * m, 1.3),
                Sampling.normal(rng, 31.5 + m, 1.7) * size,
                Sampling.normal(rng, 17, 2.5),
                Sampling.normal(rng, 13, 2.5),
                Sampling.normal(rng, 6, 1.5),
                Sampling.normal(rng, 12, 0.4),
                Sampling.normal(rng, 49 + 4 * m, 4) * size,
                Sampling.normal(rng, 19 + 2 * m, 2.5),
                Sampling.normal(rng, 17 + 1.5 * m, 1.8),
                Sampling.normal(rng, 8, 1.2),
                Sampling.normal(rng, 6.5 + m, 1.2),
                Sampling.normal(rng, 7, 2),
                Sampling.normal(rng, 66 + 3 * m, 3.5) * size,
                Sampling.normal(rng, fullness, 2.5),
                Sampling.normal(rng, 0, 3.5),
                Sampling.normal(rng, 24.5 + m, 2.5),
                Sampling.normal(rng, 7 - m, 1.5),
                Sampling.normal(rng, 9 - m, 1.5),
                Sampling.normal(rng, 21 + m, 2.5),
                Sampling.normal(rng, 45 + 4 * m, 4) * size,
                Sampling.normal(rng, 0, 4),
                Sampling.normal(rng, 16 + 2 * m, 2.5),
                Sampling.normal(rng, 48 + 4 * m, 4) * size,
                Sampling.normal(rng, 60 + 4 * m, 4),
                Sampling.normal(rng, 32 + 2 * m, 3),
                Sampling.normal(rng, 20, 7),
                Sampling.normal(rng, -8, 4));
    }
}
