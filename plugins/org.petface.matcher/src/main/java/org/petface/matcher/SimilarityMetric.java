package org.petface.matcher;

/** How two descriptor vectors are compared. Both give a similarity: higher means more alike. */
public enum SimilarityMetric {
    /** Cosine of the angle between the vectors, in [-1, 1]. */
    COSINE,
    /** Minus the Euclidean distance, in (-inf, 0]. */
    EUCLIDEAN
}
