package org.petface.embedder;

/**
 * Turns one located face into a vector. Embedders that need the image (deep models) align it by the landmarks;
 * geometric ones use the landmarks alone. Thread-safe; failures are results, not exceptions.
 */
public interface FaceEmbedder extends AutoCloseable {

    /** The id stamped on every embedding; vectors of different ids are not comparable. */
    String modelId();

    EmbeddingResult embed(FaceImage image, FaceLandmarks landmarks);

    @Override
    void close();
}
