package org.petface.embedder;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * Copies 8-bit OpenCV pixels into float tensors: planar (NCHW) or interleaved (NHWC), (value - mean) / std. The
 * arithmetic and the channel shuffling run in OpenCV (a per-pixel Java loop took a fifth of fr_detect's time).
 */
final class MatTensors {

    private MatTensors() {
    }

    /** @param rgb true to emit channels in RGB order (the Mat is BGR) */
    static float[] planar(Mat bgr, boolean rgb, float mean, float std) {
        int h = bgr.rows();
        Mat scaled = normalised(bgr, 3, mean, std);
        Mat planes = new Mat(3 * h, bgr.cols(), CvType.CV_32FC1);
        for (int c = 0; c < 3; c++) {
            Mat plane = planes.rowRange(c * h, (c + 1) * h);
            Core.extractChannel(scaled, plane, rgb ? 2 - c : c);
            plane.release();
        }
        scaled.release();
        return floats(planes);
    }

    static float[] interleaved(Mat bgr, boolean rgb, float mean, float std) {
        Mat scaled = normalised(bgr, 3, mean, std);
        if (rgb) {
            Imgproc.cvtColor(scaled, scaled, Imgproc.COLOR_BGR2RGB);
        }
        return floats(scaled);
    }

    static float[] grey(Mat grey, float mean, float std) {
        return floats(normalised(grey, 1, mean, std));
    }

    /** (value - mean) / std as 32-bit floats, computed as value / std - mean / std. */
    private static Mat normalised(Mat mat, int channels, float mean, float std) {
        if (mat.depth() != CvType.CV_8U || mat.channels() != channels) {
            throw new IllegalArgumentException("expected an 8-bit image of " + channels + " channel(s), got "
                    + CvType.typeToString(mat.type()));
        }
        Mat scaled = new Mat();
        mat.convertTo(scaled, CvType.CV_32F, 1.0 / std, -mean / (double) std);
        return scaled;
    }

    /** The values of a continuous float Mat, which is released. */
    private static float[] floats(Mat mat) {
        float[] out = new float[(int) (mat.total() * mat.channels())];
        mat.get(0, 0, out);
        mat.release();
        return out;
    }
}
