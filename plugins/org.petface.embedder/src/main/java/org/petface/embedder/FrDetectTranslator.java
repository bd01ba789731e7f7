package org.petface.embedder;

import java.util.ArrayList;
import java.util.List;

import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * fr_detect pre- and post-processing: the BGR image resized to 320x240, RGB (px-127)/128 in NCHW; outputs
 * {@code scores} [1,N,2] (background, face) and {@code boxes} [1,N,4] as normalised x1,y1,x2,y2. Boxes above
 * the score threshold go through NMS and are made square (side = box height, as the model's own code does).
 */
final class FrDetectTranslator implements NoBatchifyTranslator<Mat, List<FaceBox>> {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final String IMAGE_SIZE = "imageSize";

    private final double scoreThreshold;
    private final double nmsThreshold;

    FrDetectTranslator(double scoreThreshold, double nmsThreshold) {
        this.scoreThreshold = scoreThreshold;
        this.nmsThreshold = nmsThreshold;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Mat bgr) {
        ctx.setAttachment(IMAGE_SIZE, new int[] {bgr.cols(), bgr.rows()});
        Mat resized = new Mat();
        Imgproc.resize(bgr, resized, new Size(WIDTH, HEIGHT));
        NDArray tensor = MatTensors.planar(ctx.getNDManager(), resized, true, 127f, 128f);
        resized.release();
        return new NDList(tensor);
    }

    @Override
    public List<FaceBox> processOutput(TranslatorContext ctx, NDList list) {
        int[] size = (int[]) ctx.getAttachment(IMAGE_SIZE);
        float[] scores = output(list, "scores").toFloatArray();
        float[] boxes = output(list, "boxes").toFloatArray();
        int n = scores.length / 2;
        if (boxes.length != 4 * n) {
            throw new IllegalStateException("fr_detect: " + n + " scores but " + boxes.length / 4 + " boxes");
        }
        List<FaceBox> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float score = scores[2 * i + 1];
            double x1 = boxes[4 * i] * size[0];
            double y1 = boxes[4 * i + 1] * size[1];
            double x2 = boxes[4 * i + 2] * size[0];
            double y2 = boxes[4 * i + 3] * size[1];
            if (score >= scoreThreshold && x2 > x1 && y2 > y1) {
                candidates.add(new FaceBox(x1, y1, x2, y2, score));
            }
        }
        List<FaceBox> result = new ArrayList<>();
        for (FaceBox b : NonMaximumSuppression.apply(candidates, nmsThreshold)) {
            FaceBox square = squareByHeight(b, size[0], size[1]);
            if (square != null) {
                result.add(square);
            }
        }
        return result;
    }

    private static FaceBox squareByHeight(FaceBox b, int width, int height) {
        double side = b.height();
        double cx = (b.x1() + b.x2()) / 2;
        double cy = (b.y1() + b.y2()) / 2;
        double x1 = Math.max(0, cx - side / 2);
        double y1 = Math.max(0, cy - side / 2);
        double x2 = Math.min(width - 1, cx + side / 2);
        double y2 = Math.min(height - 1, cy + side / 2);
        return x2 > x1 && y2 > y1 ? new FaceBox(x1, y1, x2, y2, b.score()) : null;
    }

    static NDArray output(NDList list, String name) {
        NDArray array = list.get(name);
        if (array == null) {
            throw new IllegalStateException("model has no output named '" + name + "'");
        }
        return array;
    }
}
