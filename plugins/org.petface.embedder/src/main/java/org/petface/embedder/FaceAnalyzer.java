package org.petface.embedder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.petface.core.Status;

/**
 * Stage 5: detect faces, locate 68 landmarks, align and embed each face. Opens its models once; {@link #apply}
 * is thread-safe. A missing face, a low score or a failed alignment is a status, not an exception.
 */
public final class FaceAnalyzer implements AutoCloseable {

    private final FaceAnalysisOptions options;
    private final FaceDetector detector;
    private final LandmarkDetector landmarks;
    private final FaceEmbedder embedder;

    public FaceAnalyzer(FaceAnalysisOptions options, ModelFiles models) {
        this.options = options;
        this.embedder = openEmbedder(options.embedder(), models);
        this.landmarks = new LandmarkDetector(models);
        this.detector = options.detector().open(models, options.scoreThreshold());
    }

    /** fr_feature, landmarks, or PATH.onnx with PATH.properties beside it. */
    public static FaceEmbedder openEmbedder(String spec, ModelFiles models) {
        if (spec.equals(FaceAnalysisOptions.FR_FEATURE)) {
            return DeepEmbedder.frFeature(models);
        }
        if (spec.equals(FaceAnalysisOptions.LANDMARKS)) {
            return new LandmarkGeometryEmbedder();
        }
        if (spec.toLowerCase(Locale.ROOT).endsWith(".onnx")) {
            return DeepEmbedder.userModel(Path.of(spec));
        }
        throw new IllegalArgumentException("unknown embedder '" + spec + "'; choose fr_feature, landmarks or a "
                + "PATH.onnx (the depth embedder works on renders and needs the renderer's depth map)");
    }

    public FaceAnalysisOptions options() {
        return options;
    }

    public String embedderId() {
        return embedder.modelId();
    }

    public FaceAnalysis apply(FaceImage image) {
        try (FaceImage prepared = options.contrast().apply(image)) {
            List<FaceBox> boxes = detector.detect(prepared);
            if (boxes.isEmpty()) {
                return new FaceAnalysis(List.of(), Status.error("no face found by " + detector.name()
                        + " at score >= " + options.scoreThreshold()));
            }
            List<AnalyzedFace> faces = new ArrayList<>();
            for (FaceBox box : boxes.subList(0, Math.min(boxes.size(), options.maxFaces()))) {
                FaceLandmarks points = landmarks.locate(prepared, box);
                if (points == null) {
                    faces.add(new AnalyzedFace(box, null, null, Status.error("face box too small for landmarks")));
                    continue;
                }
                EmbeddingResult r = embedder.embed(prepared, points);
                faces.add(new AnalyzedFace(box, points, r.embedding(), r.status()));
            }
            return new FaceAnalysis(faces, Status.ok());
        }
    }

    @Override
    public void close() {
        detector.close();
        landmarks.close();
        embedder.close();
    }
}
