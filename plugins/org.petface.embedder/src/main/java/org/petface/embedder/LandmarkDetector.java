package org.petface.embedder;

import org.opencv.core.Mat;
import org.opencv.core.Rect;

/** 68-point landmarks with faceplugin's fr_landmark on the crop of a detected face box. Thread-safe. */
public final class LandmarkDetector implements AutoCloseable {

    private final PerThreadPredictor<Mat, float[]> predictor;

    public LandmarkDetector(ModelFiles models) {
        OpenCvLibrary.ensureLoaded();
        predictor = new PerThreadPredictor<>(SharedOnnxModels.get(models.verified(ModelFiles.FR_LANDMARK)),
                new LandmarkTranslator());
    }

    /** Landmarks of the face in the box (clipped to the image); null if the box holds less than 8x8 pixels. */
    public FaceLandmarks locate(FaceImage image, FaceBox box) {
        int x1 = (int) Math.max(0, Math.floor(box.x1()));
        int y1 = (int) Math.max(0, Math.floor(box.y1()));
        int x2 = (int) Math.min(image.width(), Math.ceil(box.x2()));
        int y2 = (int) Math.min(image.height(), Math.ceil(box.y2()));
        if (x2 - x1 < 8 || y2 - y1 < 8) {
            return null;
        }
        Mat crop = image.mat().submat(new Rect(x1, y1, x2 - x1, y2 - y1));
        float[] relative;
        try {
            relative = predictor.predict(crop);
        } finally {
            crop.release();
        }
        double[] xy = new double[relative.length];
        for (int i = 0; i < relative.length; i += 2) {
            xy[i] = x1 + relative[i] * (x2 - x1);
            xy[i + 1] = y1 + relative[i + 1] * (y2 - y1);
        }
        return new FaceLandmarks(xy);
    }

    @Override
    public void close() {
        predictor.close();
    }
}
