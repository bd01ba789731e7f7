package org.petface.embedder;

import java.util.ArrayList;
import java.util.List;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * MediaPipe BlazeFace (keijiro's ONNX export): the image padded to a square and resized to S x S, RGB in [-1,1],
 * NHWC. Outputs per anchor a score logit and 16 regressors (box centre offset and size, six keypoints) in input
 * pixels relative to the anchor; anchors are a 16x16 grid with 2 per cell and an 8x8 grid with 6 per cell.
 */
final class BlazeFaceTranslator implements NoBatchifyTranslator<Mat, List<FaceBox>> {

    private static final String SCALE = "scale";
    private static final int[] GRIDS = {16, 8};
    private static final int[] PER_CELL = {2, 6};
    private static final String[][] OUTPUTS = {{"Identity:0", "Identity_2:0"}, {"Identity_1:0", "Identity_3:0"}};

    private final int size;
    private final double scoreThreshold;
    private final double nmsThreshold;

    BlazeFaceTranslator(int size, double scoreThreshold, double nmsThreshold) {
        this.size = size;
        this.scoreThreshold = scoreThreshold;
        this.nmsThreshold = nmsThreshold;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Mat bgr) {
        int side = Math.max(bgr.cols(), bgr.rows());
        ctx.setAttachment(SCALE, (double) side / size);
        Mat square = new Mat();
        Core.copyMakeBorder(bgr, square, 0, side - bgr.rows(), 0, side - bgr.cols(), Core.BORDER_CONSTANT,
                new Scalar(0, 0, 0));
        Mat resized = new Mat();
        Imgproc.resize(square, resized, new Size(size, size), 0, 0, Imgproc.INTER_AREA);
        square.release();
        NDArray tensor = MatTensors.interleaved(ctx.getNDManager(), resized, true, 127.5f, 127.5f);
        resized.release();
        return new NDList(tensor);
    }

    @Override
    public List<FaceBox> processOutput(TranslatorContext ctx, NDList list) {
        double toImage = (double) ctx.getAttachment(SCALE) * size;
        List<FaceBox> candidates = new ArrayList<>();
        for (int layer = 0; layer < GRIDS.length; layer++) {
            float[] logits = FrDetectTranslator.output(list, OUTPUTS[layer][0]).toFloatArray();
            float[] regs = FrDetectTranslator.output(list, OUTPUTS[layer][1]).toFloatArray();
            int grid = GRIDS[layer];
            int perCell = PER_CELL[layer];
            if (logits.length != grid * grid * perCell || regs.length != 16 * logits.length) {
                throw new IllegalStateException("BlazeFace output sizes " + logits.length + ", " + regs.length
                        + " do not match a " + grid + "x" + grid + "x" + perCell + " anchor grid");
            }
            for (int i = 0; i < logits.length; i++) {
                double score = 1 / (1 + Math.exp(-Math.max(-80, Math.min(80, logits[i]))));
                if (score < scoreThreshold) {
                    continue;
                }
                int cell = i / perCell;
                double ax = (cell % grid + 0.5) / grid;
                double ay = (cell / grid + 0.5) / grid;
                double cx = ax + regs[16 * i] / size;
                double cy = ay + regs[16 * i + 1] / size;
                double w = regs[16 * i + 2] / size;
                double h = regs[16 * i + 3] / size;
                if (w > 0 && h > 0) {
                    candidates.add(new FaceBox((cx - w / 2) * toImage, (cy - h / 2) * toImage,
                            (cx + w / 2) * toImage, (cy + h / 2) * toImage, score));
                }
            }
        }
        return NonMaximumSuppression.apply(candidates, nmsThreshold);
    }
}
