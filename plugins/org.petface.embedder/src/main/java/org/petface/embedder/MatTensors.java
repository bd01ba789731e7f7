package org.petface.embedder;

import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Copies 8-bit OpenCV pixels into float tensors: planar (NCHW) or interleaved (NHWC), (value - mean) / std. */
final class MatTensors {

    private MatTensors() {
    }

    /** @param rgb true to emit channels in RGB order (the Mat is BGR) */
    static float[] planar(Mat bgr, boolean rgb, float mean, float std) {
        int h = bgr.rows();
        int w = bgr.cols();
        byte[] px = pixels(bgr);
        float[] out = new float[3 * h * w];
        int plane = h * w;
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < 3; c++) {
                int source = rgb ? 2 - c : c;
                out[c * plane + i] = ((px[3 * i + source] & 0xff) - mean) / std;
            }
        }
        return out;
    }

    static float[] interleaved(Mat bgr, boolean rgb, float mean, float std) {
        byte[] px = pixels(bgr);
        float[] out = new float[px.length];
        for (int i = 0; i < px.length; i += 3) {
            for (int c = 0; c < 3; c++) {
                int source = rgb ? 2 - c : c;
                out[i + c] = ((px[i + source] & 0xff) - mean) / std;
            }
        }
        return out;
    }

    static float[] grey(Mat grey, float mean, float std) {
        byte[] px = pixels(grey);
        float[] out = new float[px.length];
        for (int i = 0; i < px.length; i++) {
            out[i] = ((px[i] & 0xff) - mean) / std;
        }
        return out;
    }

    private static byte[] pixels(Mat mat) {
        if (mat.depth() != CvType.CV_8U) {
            throw new IllegalArgumentException("expected an 8-bit image");
        }
        Mat continuous = mat.isContinuous() ? mat : mat.clone();
        byte[] px = new byte[(int) (continuous.total() * continuous.channels())];
        continuous.get(0, 0, px);
        return px;
    }
}
