package org.petface.embedder;

import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/** fr_landmark: a BGR face crop to 64x64 grey / 256 [1,1,64,64]; output [1,136] = 68 points relative to the crop. */
final class LandmarkTranslator implements NoBatchifyTranslator<Mat, float[]> {

    static final int SIZE = 64;

    @Override
    public NDList processInput(TranslatorContext ctx, Mat crop) {
        Mat resized = new Mat();
        Imgproc.resize(crop, resized, new Size(SIZE, SIZE));
        Mat grey = new Mat();
        Imgproc.cvtColor(resized, grey, Imgproc.COLOR_BGR2GRAY);
        resized.release();
        NDArray tensor = MatTensors.grey(ctx.getNDManager(), grey, 0f, 256f);
        grey.release();
        return new NDList(tensor);
    }

    @Override
    public float[] processOutput(TranslatorContext ctx, NDList list) {
        float[] out = FrDetectTranslator.output(list, "output").toFloatArray();
        if (out.length != 2 * FaceLandmarks.POINTS) {
            throw new IllegalStateException("fr_landmark gave " + out.length + " values, expected 136");
        }
        return out;
    }
}
