package org.petface.embedder;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * 8-bit OpenCV pixels as float tensors of batch 1: planar (NCHW), interleaved (NHWC) or grey, (value - mean) / std.
 * OpenCV computes and writes the values straight into a direct buffer that ONNX Runtime reads without a copy; a
 * per-pixel Java loop into a float[] (which ONNX Runtime then copied again) took a third of fr_detect's time.
 */
final class MatTensors {

    private static final int FLOAT_BYTES = Float.BYTES;

    private MatTensors() {
    }

    /** [1, 3, h, w]; @param rgb true to emit channels in RGB order (the Mat is BGR) */
    static NDArray planar(NDManager manager, Mat bgr, boolean rgb, float mean, float std) {
        int h = bgr.rows();
        int w = bgr.cols();
        Mat scaled = normalised(bgr, 3, mean, std);
        ByteBuffer data = directFloats(3L * h * w);
        Mat planes = new Mat(3 * h, w, CvType.CV_32FC1, data);
        for (int c = 0; c < 3; c++) {
            Mat plane = planes.rowRange(c * h, (c + 1) * h);
            long address = plane.dataAddr();
            Core.extractChannel(scaled, plane, rgb ? 2 - c : c);
            checkWrittenInPlace(plane, address);
            plane.release();
        }
        planes.release();
        scaled.release();
        return manager.create(data.asFloatBuffer(), new Shape(1, 3, h, w), DataType.FLOAT32);
    }

    /** [1, h, w, 3]; @param rgb true to emit channels in RGB order (the Mat is BGR) */
    static NDArray interleaved(NDManager manager, Mat bgr, boolean rgb, float mean, float std) {
        checkPixels(bgr, 3);
        int h = bgr.rows();
        int w = bgr.cols();
        ByteBuffer data = directFloats(3L * h * w);
        Mat out = new Mat(h, w, CvType.CV_32FC3, data);
        long address = out.dataAddr();
        if (rgb) {
            Mat scaled = normalised(bgr, 3, mean, std);
            Imgproc.cvtColor(scaled, out, Imgproc.COLOR_BGR2RGB);
            scaled.release();
        } else {
            convert(bgr, out, mean, std);
        }
        checkWrittenInPlace(out, address);
        out.release();
        return manager.create(data.asFloatBuffer(), new Shape(1, h, w, 3), DataType.FLOAT32);
    }

    /** [1, 1, h, w] */
    static NDArray grey(NDManager manager, Mat grey, float mean, float std) {
        checkPixels(grey, 1);
        int h = grey.rows();
        int w = grey.cols();
        ByteBuffer data = directFloats((long) h * w);
        Mat out = new Mat(h, w, CvType.CV_32FC1, data);
        long address = out.dataAddr();
        convert(grey, out, mean, std);
        checkWrittenInPlace(out, address);
        out.release();
        return manager.create(data.asFloatBuffer(), new Shape(1, 1, h, w), DataType.FLOAT32);
    }

    private static Mat normalised(Mat mat, int channels, float mean, float std) {
        checkPixels(mat, channels);
        Mat scaled = new Mat();
        convert(mat, scaled, mean, std);
        return scaled;
    }

    /** (value - mean) / std as 32-bit floats, computed as value / std - mean / std. */
    private static void convert(Mat mat, Mat to, float mean, float std) {
        mat.convertTo(to, CvType.CV_32F, 1.0 / std, -mean / (double) std);
    }

    private static void checkPixels(Mat mat, int channels) {
        if (mat.depth() != CvType.CV_8U || mat.channels() != channels) {
            throw new IllegalArgumentException("expected an 8-bit image of " + channels + " channel(s), got "
                    + CvType.typeToString(mat.type()));
        }
    }

    private static ByteBuffer directFloats(long count) {
        return ByteBuffer.allocateDirect(Math.toIntExact(count * FLOAT_BYTES)).order(ByteOrder.nativeOrder());
    }

    /** OpenCV reallocates a destination whose size or type does not fit; the tensor would then stay zero. */
    private static void checkWrittenInPlace(Mat target, long address) {
        if (target.dataAddr() != address) {
            throw new IllegalStateException("OpenCV reallocated the tensor buffer instead of writing into it");
        }
    }
}
