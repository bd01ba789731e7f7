package org.petface.phantom;

import java.util.SplittableRandom;

/**
 * Head, neck and shoulder dimensions of one synthetic subject (mm). The model frame is LPS with its
 * origin at the centre of the cranium: x to the patient's left, y posterior, z superior.
 *
 * @param craniumHalfBreadth  half the maximum head breadth (euryon to euryon), skin
 * @param craniumHalfLength   half the head length (glabella to opisthocranion), skin
 * @param craniumHalfHeight   half the height of the cranial ellipsoid; the vertex sits at +this
 * @param skinThickness       epidermis and dermis
 * @param fatThickness        subcutaneous fat under the skin
 * @param scalpThickness      skin to skull over the cranial vault
 * @param skullThickness      cranial vault bone
 * @param neckHalfWidth       half the neck breadth
 * @param neckHalfDepth       half the neck depth (anterior-posterior)
 * @param shoulderHalfWidth   half the shoulder breadth (deltoid to deltoid)
 * @param shoulderDrop        vertical distance from the chin (menton) down to the top of the shoulders
 * @param torsoHalfDepth      half the chest depth at the shoulders
 */
public record HeadParameters(
        double craniumHalfBreadth, double craniumHalfLength, double craniumHalfHeight,
        double skinThickness, double fatThickness, double scalpThickness, double skullThickness,
        double neckHalfWidth, double neckHalfDepth,
        double shoulderHalfWidth, double shoulderDrop, double torsoHalfDepth) {

    /**
     * Draws a head. Means and spreads follow adult anthropometry (head breadth about 150 mm, length
     * about 190 mm, sd 5-7 mm); males are drawn about 4% larger. fat thickness follows body mass.
     */
    public static HeadParameters sample(SplittableRandom rng, boolean male, double size, double bodyMassIndex) {
        double sex = male ? 1.0 : 0.96;
        double s = size * sex;
        double fat = Math.max(1.5, Sampling.normal(rng, 1.0 + 0.35 * (bodyMassIndex - 18), 1.0));
        return new HeadParameters(
                Sampling.normal(rng, 76, 3.0) * s,
                Sampling.normal(rng, 97, 3.5) * s,
                Sampling.normal(rng, 92, 3.5) * s,
                Sampling.normal(rng, 2.0, 0.3),
                fat,
                Sampling.normal(rng, 6.0, 0.8),
                Sampling.normal(rng, 6.5, 0.9),
                Sampling.normal(rng, 57, 4) * s + 0.8 * (bodyMassIndex - 25),
                Sampling.normal(rng, 57, 4) * s + 0.8 * (bodyMassIndex - 25),
                Sampling.normal(rng, male ? 215 : 190, 12) + 2 * (bodyMassIndex - 25),
                Sampling.normal(rng, 95, 8) * s,
                Sampling.normal(rng, male ? 110 : 100, 8) + 2 * (bodyMassIndex - 25));
    }
}
