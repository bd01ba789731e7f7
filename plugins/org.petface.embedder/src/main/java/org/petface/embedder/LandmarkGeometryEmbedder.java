package org.petface.embedder;

import org.petface.core.Embedding;

/**
 * The face's shape alone, as the published PET re-identification study used it: the 68 landmarks after a
 * Procrustes (similarity) fit of their five-point reduction onto the ArcFace template, centred and scaled to
 * unit norm, so that position, size and in-plane rotation drop out and only the configuration remains.
 */
public final class LandmarkGeometryEmbedder implements FaceEmbedder {

    public static final String MODEL_ID = "landmarks68-procrustes";

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public EmbeddingResult embed(FaceImage image, FaceLandmarks landmarks) {
        if (landmarks == null) {
            return EmbeddingResult.failed("no landmarks");
        }
        double[] five = landmarks.fivePoints();
        double[] target = AlignmentTemplate.ARCFACE_112.points();
        SimilarityTransform t = SimilarityTransform.fit(five, target);
        if (!(t.scale() > 1e-6)) {
            return EmbeddingResult.failed("alignment failed: degenerate landmarks");
        }
        double[] aligned = t.apply(landmarks.xy());
        int n = FaceLandmarks.POINTS;
        double cx = 0, cy = 0;
        for (int i = 0; i < n; i++) {
            cx += aligned[2 * i];
            cy += aligned[2 * i + 1];
        }
        cx /= n;
        cy /= n;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            aligned[2 * i] -= cx;
            aligned[2 * i + 1] -= cy;
            norm += aligned[2 * i] * aligned[2 * i] + aligned[2 * i + 1] * aligned[2 * i + 1];
        }
        norm = Math.sqrt(norm);
        if (!(norm > 0)) {
            return EmbeddingResult.failed("alignment failed: landmarks collapse to a point");
        }
        float[] vector = new float[aligned.length];
        for (int i = 0; i < aligned.length; i++) {
            vector[i] = (float) (aligned[i] / norm);
        }
        return EmbeddingResult.of(new Embedding(vector, MODEL_ID));
    }

    @Override
    public void close() {
        // holds no resources
    }
}
