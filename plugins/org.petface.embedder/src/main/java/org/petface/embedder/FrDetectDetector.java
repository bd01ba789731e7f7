package org.petface.embedder;

import java.util.List;

/** The default detector: faceplugin's fr_detect (an RFB-320 style SSD), score threshold 0.65, NMS 0.4. */
public final class FrDetectDetector implements FaceDetector {

    public static final double DEFAULT_SCORE_THRESHOLD = 0.65;
    public static final double NMS_THRESHOLD = 0.4;

    private final PerThreadPredictor<org.opencv.core.Mat, List<FaceBox>> predictor;

    public FrDetectDetector(ModelFiles models, double scoreThreshold) {
        OpenCvLibrary.ensureLoaded();
        predictor = new PerThreadPredictor<>(SharedOnnxModels.get(models.verified(ModelFiles.FR_DETECT)),
                new FrDetectTranslator(scoreThreshold, NMS_THRESHOLD));
    }

    @Override
    public String name() {
        return "fr_detect";
    }

    @Override
    public List<FaceBox> detect(FaceImage image) {
        return predictor.predict(image.mat());
    }

    @Override
    public void close() {
        predictor.close();
    }
}
