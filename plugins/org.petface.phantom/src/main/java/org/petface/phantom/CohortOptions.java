package org.petface.phantom;

import java.nio.file.Path;

/**
 * What cohort to generate and where.
 *
 * @param subjects        number of subjects (1..10000)
 * @param seed            the cohort seed; the same seed gives the same bytes
 * @param sessions        1, or 2 for a repeat visit per subject (new pose and weight, same face)
 * @param format          DICOM series folders, NIfTI files, or both
 * @param outputDirectory where the subject folders and manifest.csv go (created if missing)
 * @param threads         worker threads (1..64); the output does not depend on it
 * @param resolutionScale 1 for the clinical matrix sizes; smaller (e.g. 0.25) for quick test cohorts
 */
public record CohortOptions(int subjects, long seed, int sessions, OutputFormat format, Path outputDirectory,
                            int threads, double resolutionScale) {

    public static final int MAX_SUBJECTS = 10_000;
    public static final int MAX_THREADS = 64;

    public CohortOptions {
        if (subjects < 1 || subjects > MAX_SUBJECTS) {
            throw new IllegalArgumentException("subjects must be 1.." + MAX_SUBJECTS + ", got " + subjects);
        }
        if (sessions != 1 && sessions != 2) {
            throw new IllegalArgumentException("sessions must be 1 or 2, got " + sessions);
        }
        if (format == null) {
            throw new IllegalArgumentException("output format is required");
        }
        if (outputDirectory == null) {
            throw new IllegalArgumentException("output directory is required");
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be 1.." + MAX_THREADS + ", got " + threads);
        }
        if (!(resolutionScale > 0.05 && resolutionScale <= 1)) {
            throw new IllegalArgumentException("resolution scale must be in (0.05, 1], got " + resolutionScale);
        }
    }

    /** Full-size DICOM cohort, one session, one thread per available core. */
    public static CohortOptions defaults(int subjects, long seed, Path outputDirectory) {
        return new CohortOptions(subjects, seed, 1, OutputFormat.DICOM, outputDirectory,
                Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors())), 1.0);
    }
}
