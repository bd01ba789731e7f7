package org.petface.core;

import java.util.Objects;

/**
 * A face descriptor: a vector and the id of the model or method that made it (vectors of different models
 * are not comparable). The array is owned by the embedding; callers must not modify it.
 */
public record Embedding(float[] vector, String modelId) {

    public Embedding {
        Objects.requireNonNull(vector, "vector");
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("an embedding needs the id of the model that made it");
        }
        for (float v : vector) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("embedding of " + modelId + " has a non-finite value");
            }
        }
    }

    public int dimension() {
        return vector.length;
    }
}
