package org.petface.embedder;

import java.util.List;

import org.opencv.core.Mat;

/** MediaPipe BlazeFace: the 128x128 front-camera (short range) or 256x256 back-camera (full range) model. */
public final class BlazeFaceDetector implements FaceDetector {

    public enum Variant {
        FRONT_128(ModelFiles.BLAZEFACE_FRONT, 128, 0.75),
        BACK_256(ModelFiles.BLAZEFACE_BACK, 256, 0.65);

        final String file;
        final int size;
        /** MediaPipe's own minimum scores for the two models. */
        public final double defaultScoreThreshold;

        Variant(String file, int size, double defaultScoreThreshold) {
            this.file = file;
            this.size = size;
            this.defaultScoreThreshold = defaultScoreThreshold;
        }
    }

    public static final double NMS_THRESHOLD = 0.3;

    private final PerThreadPredictor<Mat, List<FaceBox>> predictor;

    public BlazeFaceDetector(ModelFiles models, Variant variant, double scoreThreshold) {
        OpenCvLibrary.ensureLoaded();
        predictor = new PerThreadPredictor<>(SharedOnnxModels.get(models.verified(variant.file)),
                new BlazeFaceTranslator(variant.size, scoreThreshold, NMS_THRESHOLD));
    }

    @Override
    public String name() {
        return "blazeface";
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
