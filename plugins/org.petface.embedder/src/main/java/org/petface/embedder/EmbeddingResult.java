package org.petface.embedder;

import org.petface.core.Embedding;
import org.petface.core.Status;

/** An embedding, or (embedding null) the reason there is none: no face, low score, failed alignment. */
public record EmbeddingResult(Embedding embedding, Status status) {

    public EmbeddingResult {
        if (status == null || (embedding == null) == status.isOk()) {
            throw new IllegalArgumentException("an OK result carries an embedding, a failed one none");
        }
    }

    public static EmbeddingResult of(Embedding embedding) {
        return new EmbeddingResult(embedding, Status.ok());
    }

    public static EmbeddingResult failed(String reason) {
        return new EmbeddingResult(null, Status.error(reason));
    }
}
