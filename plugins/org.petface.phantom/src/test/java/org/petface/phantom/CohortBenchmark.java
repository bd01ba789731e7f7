package org.petface.phantom;

import java.nio.file.Path;

/** Times a full-size cohort run: subjects, seed, output folder, threads, format (not a unit test). */
final class CohortBenchmark {

    private CohortBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int subjects = Integer.parseInt(args[0]);
        CohortOptions options = new CohortOptions(subjects, Long.parseLong(args[1]), 1,
                OutputFormat.parse(args.length > 4 ? args[4] : "dicom"), Path.of(args[2]), Integer.parseInt(args[3]), 1.0);
        long t0 = System.nanoTime();
        CohortResult result = CohortGenerator.apply(options);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d subjects, %d threads, %s: %.1f s (%.2f s per subject), all ok: %b%n", subjects,
                options.threads(), options.format(), seconds, seconds / subjects, result.allOk());
        result.outcomes().stream().filter(o -> !o.status().isOk()).forEach(o -> System.out.println(o));
    }
}
