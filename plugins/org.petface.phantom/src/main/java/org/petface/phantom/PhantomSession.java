package org.petface.phantom;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * One PET/CT visit of a subject: session number (1 or 2), head pose on the couch, the PET's FDG
 * administration and timing, and the PET scanner's resolution.
 */
public record PhantomSession(int number, Pose pose, PetAcquisition pet, double petResolutionFwhmMm) {

    private static final long SESSION_STREAM = 2;
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2024, 1, 8, 7, 30);

    /** Session 1 or 2 of a subject; session 2 repositions the same head and changes the weight a little. */
    public static PhantomSession sample(long seed, PhantomSubject subject, int number) {
        if (number != 1 && number != 2) {
            throw new IllegalArgumentException("session must be 1 or 2, got " + number);
        }
        SplittableRandom first = Sampling.random(seed, SESSION_STREAM, subject.index(), 1);
        Pose pose = Pose.firstSession(first);
        double weight = subject.weightKg();
        LocalDateTime day = FIRST_DAY.plusDays(subject.index() % 200).plusMinutes(first.nextInt(0, 240));
        if (number == 2) {
            SplittableRandom second = Sampling.random(seed, SESSION_STREAM, subject.index(), 2);
            pose = pose.repositioned(second);
            weight = Math.round((weight + Sampling.normal(second, 0, 2.5)) * 10) / 10.0;
            day = day.plusDays(second.nextInt(28, 180)).plusMinutes(second.nextInt(-60, 60));
            return new PhantomSession(2, pose, acquisition(second, weight, day), Sampling.normal(second, 6, 0.4));
        }
        return new PhantomSession(1, pose, acquisition(first, weight, day), Sampling.normal(first, 6, 0.4));
    }

    /** About 3.7 MBq/kg of FDG, scanned about an hour later; dose in 0.1 MBq steps, times in seconds. */
    private static PetAcquisition acquisition(SplittableRandom rng, double weightKg, LocalDateTime injection) {
        long doseBq = Math.round(weightKg * Sampling.normal(rng, 3.7, 0.3) * 10) * 100_000L;
        LocalDateTime start = injection.plusSeconds(Math.round(Sampling.normal(rng, 3600, 420)));
        return new PetAcquisition(doseBq, weightKg, injection.withNano(0), start.withNano(0),
                PetAcquisition.F18_HALF_LIFE_SECONDS);
    }
}
