package org.petface.embedder;

import org.petface.core.Embedding;
import org.petface.core.Status;

/** One detected face: its box, landmarks (null if none), embedding (null unless the status is OK). */
public record AnalyzedFace(FaceBox box, FaceLandmarks landmarks, Embedding embedding, Status status) {
}
