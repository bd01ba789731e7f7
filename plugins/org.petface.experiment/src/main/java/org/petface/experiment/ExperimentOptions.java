package org.petface.experiment;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link ExperimentRunner} runs.
 *
 * @param source         the cohort
 * @param methods        the comparison methods (at least one)
 * @param threads        studies processed at once, and threads of the matching stage (1..64); results do not
 *                       depend on it
 * @param outputFolder   where report.html, metrics.json and ranks.csv go; null to write no report
 * @param bootstrapSeed  seed of the bootstrap confidence intervals
 */
public record ExperimentOptions(CohortSource source, Set<Method> methods, int threads, Path outputFolder,
        long bootstrapSeed) {

    public ExperimentOptions {
        Objects.requireNonNull(source, "source");
        if (methods == null || methods.isEmpty()) {
            throw new IllegalArgumentException("choose at least one method");
        }
        methods = Collections.unmodifiableSet(EnumSet.copyOf(methods));
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be 1..64, got " + threads);
        }
    }

    /** Every method, one worker per core, bootstrap seed 1. */
    public static ExperimentOptions defaults(CohortSource source, Path outputFolder) {
        return new ExperimentOptions(source, EnumSet.allOf(Method.class),
                Math.max(1, Math.min(64, Runtime.getRuntime().availableProcessors())), outputFolder, 1);
    }

    public ExperimentOptions withMethods(Set<Method> newMethods) {
        return new ExperimentOptions(source, newMethods, threads, outputFolder, bootstrapSeed);
    }

    public ExperimentOptions withThreads(int n) {
        return new ExperimentOptions(source, methods, n, outputFolder, bootstrapSeed);
    }
}
