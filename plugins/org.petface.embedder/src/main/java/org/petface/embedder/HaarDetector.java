package org.petface.embedder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.CascadeClassifier;

/**
 * The classical baseline: OpenCV's Viola-Jones frontal-face cascade (Debian opencv-data). A cascade has no
 * probability; the score is the share of neighbour votes, n / (n + minNeighbours), so 0.5 is the weakest
 * accepted face.
 *
 * <p>It is slow by nature, about 210 ms of CPU for a 512x512 photo: OpenCV scans windows of twice the cascade's
 * 24 pixels and more at every pixel (smaller ones at every second), so windows of 48 to 95 pixels, where faces in
 * such photos lie, cost 99 ms and those of 25 to 47 pixels 79 ms. A larger minimum size, a coarser scale step or
 * downscaling first would each change the boxes found, so the parameters stay as they are.
 */
public final class HaarDetector implements FaceDetector {

    public static final Path DEBIAN_CASCADE = Path.of("/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml");
    private static final int MIN_NEIGHBOURS = 4;

    private final Path cascadeFile;
    private final double scoreThreshold;
    // CascadeClassifier is not thread-safe; each thread loads its own (a few ms).
    private final ThreadLocal<CascadeClassifier> cascade;

    public HaarDetector(Path cascadeFile, double scoreThreshold) {
        OpenCvLibrary.ensureLoaded();
        if (!Files.isRegularFile(cascadeFile)) {
            throw new IllegalStateException(cascadeFile + ": Haar cascade not found; install Debian's opencv-data "
                    + "(scripts/setup.sh does)");
        }
        this.cascadeFile = cascadeFile;
        this.scoreThreshold = scoreThreshold;
        this.cascade = ThreadLocal.withInitial(this::load);
        load();
    }

    private CascadeClassifier load() {
        CascadeClassifier c = new CascadeClassifier(cascadeFile.toString());
        if (c.empty()) {
            throw new IllegalStateException(cascadeFile + ": not a readable OpenCV cascade");
        }
        return c;
    }

    @Override
    public String name() {
        return "haar";
    }

    @Override
    public List<FaceBox> detect(FaceImage image) {
        Mat grey = new Mat();
        Imgproc.cvtColor(image.mat(), grey, Imgproc.COLOR_BGR2GRAY);
        Imgproc.equalizeHist(grey, grey);
        MatOfRect rects = new MatOfRect();
        MatOfInt votes = new MatOfInt();
        int minSide = Math.max(24, Math.min(image.width(), image.height()) / 20);
        cascade.get().detectMultiScale2(grey, rects, votes, 1.1, MIN_NEIGHBOURS, 0, new Size(minSide, minSide),
                new Size());
        Rect[] found = rects.toArray();
        int[] n = votes.toArray();
        List<FaceBox> boxes = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            double score = (double) n[i] / (n[i] + MIN_NEIGHBOURS);
            if (score >= scoreThreshold) {
                Rect r = found[i];
                boxes.add(new FaceBox(r.x, r.y, r.x + r.width, r.y + r.height, score));
            }
        }
        grey.release();
        rects.release();
        votes.release();
        // OpenCV's order of equal votes depends on its thread count; position makes the order fixed.
        boxes.sort(Comparator.comparingDouble(FaceBox::score).reversed().thenComparingDouble(FaceBox::y1)
                .thenComparingDouble(FaceBox::x1));
        return boxes;
    }

    @Override
    public void close() {
        // cascades are released with their threads' garbage
    }
}
