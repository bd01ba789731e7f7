package org.petface.phantom;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One synthetic person: a pseudonymous id, body size, head and face geometry, and tissue contrast.
 * Everything is drawn from the cohort seed and the subject's index alone, so a subject is the same in
 * every cohort made with that seed, whatever the cohort's size.
 */
public record PhantomSubject(int index, String patientId, boolean male, double heightM, double weightKg,
                             HeadParameters head, FaceParameters face, TissueValues ct, TissueValues fdg) {

    private static final long SUBJECT_STREAM = 1;

    public static PhantomSubject sample(long seed, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("subject index must be >= 0, got " + index);
        }
        SplittableRandom rng = Sampling.random(seed, SUBJECT_STREAM, index);
        boolean male = rng.nextBoolean();
        double height = Sampling.normal(rng, male ? 1.76 : 1.63, 0.07);
        double bmi = Sampling.normal(rng, 26, 4);
        double weight = Math.round(bmi * height * height * 10) / 10.0;
        double size = Sampling.normal(rng, 1.0, 0.03);
        HeadParameters head = HeadParameters.sample(rng, male, size, bmi);
        FaceParameters face = FaceParameters.sample(rng, male, size, bmi);
        return new PhantomSubject(index, patientId(index), male, height, weight, head, face,
                TissueValues.ct(rng), TissueValues.fdg(rng));
    }

    /** The synthetic patient id of subject index, e.g. PHANTOM-0007 for index 7. */
    public static String patientId(int index) {
        return String.format(Locale.ROOT, "PHANTOM-%04d", index);
    }
}
