package org.petface.embedder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

class MatTensorsTest {

    private static final int H = 2;
    private static final int W = 3;
    private static final float MEAN = 127.5f;
    private static final float STD = 127.5f;

    private static NDManager manager;

    @BeforeAll
    static void openManager() {
        OpenCvLibrary.ensureLoaded();
        SharedOnnxModels.environment();
        manager = NDManager.newBaseManager(Device.cpu(), "OnnxRuntime");
    }

    @AfterAll
    static void closeManager() {
        manager.close();
    }

    @Test
    void planarHoldsOneNormalisedPlanePerChannelInTheAskedOrder() {
        Mat bgr = image();
        NDArray rgb = MatTensors.planar(manager, bgr, true, MEAN, STD);
        assertEquals(new Shape(1, 3, H, W), rgb.getShape());
        float[] expected = new float[3 * H * W];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < H * W; i++) {
                expected[c * H * W + i] = (value(i, 2 - c) - MEAN) / STD;
            }
        }
        assertArrayEquals(expected, rgb.toFloatArray(), 1e-6f);
        float[] bgrPlanes = MatTensors.planar(manager, bgr, false, MEAN, STD).toFloatArray();
        assertEquals((value(4, 0) - MEAN) / STD, bgrPlanes[4], 1e-6f);
        assertEquals((value(4, 2) - MEAN) / STD, bgrPlanes[2 * H * W + 4], 1e-6f);
    }

    @Test
    void interleavedKeepsPixelsTogetherInTheAskedOrder() {
        Mat bgr = image();
        NDArray rgb = MatTensors.interleaved(manager, bgr, true, MEAN, STD);
        assertEquals(new Shape(1, H, W, 3), rgb.getShape());
        float[] rgbValues = rgb.toFloatArray();
        float[] bgrValues = MatTensors.interleaved(manager, bgr, false, MEAN, STD).toFloatArray();
        for (int i = 0; i < H * W; i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals((value(i, 2 - c) - MEAN) / STD, rgbValues[3 * i + c], 1e-6f);
                assertEquals((value(i, c) - MEAN) / STD, bgrValues[3 * i + c], 1e-6f);
            }
        }
    }

    @Test
    void greyIsOnePlane() {
        Mat grey = new Mat(H, W, CvType.CV_8UC1);
        grey.put(0, 0, new byte[] {0, 64, (byte) 128, (byte) 192, (byte) 255, 1});
        NDArray tensor = MatTensors.grey(manager, grey, 0f, 256f);
        assertEquals(new Shape(1, 1, H, W), tensor.getShape());
        assertArrayEquals(new float[] {0f, 0.25f, 0.5f, 0.75f, 255f / 256, 1f / 256}, tensor.toFloatArray());
    }

    /** Channel c of pixel i: distinct for every pixel and channel, covering 0 and 255. */
    private static int value(int i, int c) {
        return Math.min(255, 40 * i + 90 * c);
    }

    private static Mat image() {
        byte[] px = new byte[3 * H * W];
        for (int i = 0; i < H * W; i++) {
            for (int c = 0; c < 3; c++) {
                px[3 * i + c] = (byte) value(i, c);
            }
        }
        Mat bgr = new Mat(H, W, CvType.CV_8UC3);
        bgr.put(0, 0, px);
        return bgr;
    }
}
