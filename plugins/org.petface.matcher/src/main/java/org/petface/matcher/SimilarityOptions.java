package org.petface.matcher;

import java.util.Objects;

/** Options of {@link VectorMatcher}: the metric and the number of threads of the matrix product. */
public record SimilarityOptions(SimilarityMetric metric, int threads) {

    public SimilarityOptions {
        Objects.requireNonNull(metric, "metric");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Cosine similarity on all available cores. */
    public static SimilarityOptions defaults() {
        return new SimilarityOptions(SimilarityMetric.COSINE, Runtime.getRuntime().availableProcessors());
    }

    public SimilarityOptions withMetric(SimilarityMetric newMetric) {
        return new SimilarityOptions(newMetric, threads);
    }
}
