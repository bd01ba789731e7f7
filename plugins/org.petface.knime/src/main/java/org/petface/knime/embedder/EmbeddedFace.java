package org.petface.knime.embedder;

import org.petface.core.Embedding;
import org.petface.core.Status;
import org.petface.embedder.AnalyzedFace;
import org.petface.embedder.EmbeddingResult;
import org.petface.embedder.FaceAnalysis;
import org.petface.embedder.FaceBox;

/**
 * What the Face Embedder found in one row: the face box (null when no face was found, or the embedder finds the face
 * without a detector), the embedding (null unless it was computed) and the status with its reason.
 */
record EmbeddedFace(FaceBox box, Embedding embedding, Status status) {

    /** The highest-scoring face of a detector run, or the analysis' reason when there is none. */
    static EmbeddedFace best(final FaceAnalysis analysis) {
        if (analysis.status().isError() || analysis.faces().isEmpty()) {
            return new EmbeddedFace(null, null, Status.error(analysis.status().reason()));
        }
        final AnalyzedFace best = analysis.faces().get(0);
        final Status status = best.embedding() == null ? Status.error(best.status().reason()) : best.status();
        return new EmbeddedFace(best.box(), best.embedding(), status);
    }

    /** A result of an embedder that finds the face by itself. */
    static EmbeddedFace of(final EmbeddingResult result) {
        return new EmbeddedFace(null, result.embedding(), result.status());
    }
}
