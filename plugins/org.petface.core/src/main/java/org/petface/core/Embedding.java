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

    /** Cosine of the angle between the two vectors (NaN when one is all zeros). */
    public double cosineSimilarity(Embedding other) {
        if (other.vector.length != vector.length) {
            throw new IllegalArgumentException("cannot compare a " + vector.length + "-d " + modelId + " vector with a "
                    + other.vector.length + "-d " + other.modelId + " vector");
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += vector[i] * other.vector[i];
            na += vector[i] * vector[i];
            nb += other.vector[i] * other.vector[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
