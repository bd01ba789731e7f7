package org.petface.embedder;

import org.petface.render.FaceRender;

/**
 * Turns a stage-4 face render into a vector: the one interface for callers that hold renders, whichever embedder
 * (the depth descriptor, or a photo model run on the shaded image) does the work. Thread-safe; a render without a
 * usable face gives a failed result with the reason, not an exception.
 */
public interface RenderEmbedder extends AutoCloseable {

    /** The id stamped on every embedding; vectors of different ids are not comparable. */
    String modelId();

    EmbeddingResult embed(FaceRender render);

    @Override
    void close();
}
