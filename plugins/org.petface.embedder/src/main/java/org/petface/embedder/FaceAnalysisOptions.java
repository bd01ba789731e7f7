package org.petface.embedder;

/**
 * Options of stage 5. {@code embedder} is "fr_feature", "landmarks" or the path of an ONNX model with its
 * {@code .properties} descriptor beside it; {@code maxFaces} keeps the highest-scoring faces.
 */
public record FaceAnalysisOptions(DetectorKind detector, double scoreThreshold, String embedder, Contrast contrast,
        int maxFaces) {

    public static final String FR_FEATURE = "fr_feature";
    public static final String LANDMARKS = "landmarks";

    public FaceAnalysisOptions {
        if (detector == null || contrast == null || embedder == null || embedder.isBlank()) {
            throw new IllegalArgumentException("detector, embedder and contrast are required");
        }
        if (!(scoreThreshold > 0 && scoreThreshold < 1)) {
            throw new IllegalArgumentException("score threshold must lie in (0,1), got " + scoreThreshold);
        }
        if (maxFaces < 1 || maxFaces > 1000) {
            throw new IllegalArgumentException("maxFaces must lie in 1..1000, got " + maxFaces);
        }
    }

    public static FaceAnalysisOptions defaults() {
        return new FaceAnalysisOptions(DetectorKind.FR_DETECT, DetectorKind.FR_DETECT.defaultScoreThreshold(),
                FR_FEATURE, Contrast.NONE, 100);
    }

    /** Another detector, with that detector's default threshold. */
    public FaceAnalysisOptions withDetector(DetectorKind kind) {
        return new FaceAnalysisOptions(kind, kind.defaultScoreThreshold(), embedder, contrast, maxFaces);
    }

    public FaceAnalysisOptions withScoreThreshold(double threshold) {
        return new FaceAnalysisOptions(detector, threshold, embedder, contrast, maxFaces);
    }

    public FaceAnalysisOptions withEmbedder(String spec) {
        return new FaceAnalysisOptions(detector, scoreThreshold, spec, contrast, maxFaces);
    }

    public FaceAnalysisOptions withContrast(Contrast c) {
        return new FaceAnalysisOptions(detector, scoreThreshold, embedder, c, maxFaces);
    }
}
