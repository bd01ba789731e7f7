package org.petface.embedder;

import java.util.List;

import org.petface.core.Status;

/** Stage 5's result for one image: the faces, best score first, and the image's status (error: no face). */
public record FaceAnalysis(List<AnalyzedFace> faces, Status status) {

    public FaceAnalysis {
        faces = List.copyOf(faces);
    }
}
