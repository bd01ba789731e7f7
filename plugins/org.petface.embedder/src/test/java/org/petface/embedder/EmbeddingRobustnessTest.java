package org.petface.embedder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.petface.core.Embedding;

/**
 * Every face of the six sample photos is more similar to its own flipped, rotated or blurred copy than to any
 * other face of the set, for fr_feature.
 */
class EmbeddingRobustnessTest {

    private record Face(int photo, FaceBox box, Embedding embedding) {
    }

    private static FaceAnalyzer analyzer;
    private static final List<Face> FACES = new ArrayList<>();

    @BeforeAll
    static void analyseOriginals() {
        analyzer = new FaceAnalyzer(FaceAnalysisOptions.defaults(), ModelFiles.standard());
        for (int i = 1; i <= 6; i++) {
            try (FaceImage image = FaceImage.read(SamplePhotos.path(i))) {
                FaceAnalysis a = analyzer.apply(image);
                assertEquals(SamplePhotos.FACES[i - 1], a.faces().size(), "sample" + i);
                for (AnalyzedFace f : a.faces()) {
                    assertTrue(f.status().isOk(), "sample" + i + ": " + f.status());
                    assertEquals(512, f.embedding().dimension());
                    FACES.add(new Face(i, f.box(), f.embedding()));
                }
            }
        }
    }

    @AfterAll
    static void close() {
        analyzer.close();
    }

    @Test
    void aFaceIsClosestToItsFlippedCopy() {
        checkCopies("flipped", m -> {
            Mat out = new Mat();
            Core.flip(m, out, 1);
            return out;
        }, (p, w, h) -> new double[] {w - 1 - p[0], p[1]});
    }

    @Test
    void aFaceIsClosestToItsRotatedCopy() {
        double degrees = 8;
        checkCopies("rotated", m -> {
            Mat r = Imgproc.getRotationMatrix2D(new Point(m.cols() / 2.0, m.rows() / 2.0), degrees, 1);
            Mat out = new Mat();
            Imgproc.warpAffine(m, out, r, m.size());
            return out;
        }, (p, w, h) -> {
            double a = Math.toRadians(degrees);
            double dx = p[0] - w / 2.0, dy = p[1] - h / 2.0;
            return new double[] {w / 2.0 + Math.cos(a) * dx + Math.sin(a) * dy, h / 2.0 - Math.sin(a) * dx + Math.cos(a) * dy};
        });
    }

    @Test
    void aFaceIsClosestToItsBlurredCopy() {
        checkCopies("blurred", m -> {
            Mat out = new Mat();
            Imgproc.GaussianBlur(m, out, new Size(0, 0), 2.5);
            return out;
        }, (p, w, h) -> p);
    }

    private interface PointMap {
        double[] map(double[] p, int width, int height);
    }

    private void checkCopies(String what, UnaryOperator<Mat> transform, PointMap where) {
        int checked = 0;
        double worstMargin = Double.MAX_VALUE;
        for (int i = 1; i <= 6; i++) {
            try (FaceImage image = FaceImage.read(SamplePhotos.path(i));
                    FaceImage copy = new FaceImage(transform.apply(image.mat()))) {
                FaceAnalysis a = analyzer.apply(copy);
                for (Face face : FACES) {
                    if (face.photo() != i) {
                        continue;
                    }
                    double[] c = where.map(new double[] {(face.box().x1() + face.box().x2()) / 2,
                            (face.box().y1() + face.box().y2()) / 2}, image.width(), image.height());
                    AnalyzedFace match = nearest(a, c);
                    assertTrue(match != null && match.status().isOk(), what + " copy of the face at " + (int) c[0] + "," + (int) c[1] + " in sample" + i + " not found among " + a.faces());
                    double own = cosine(face.embedding(), match.embedding());
                    double bestOther = -1;
                    for (Face other : FACES) {
                        if (other != face) {
                            bestOther = Math.max(bestOther, cosine(face.embedding(), other.embedding()));
                        }
                    }
                    assertTrue(own > bestOther, String.format(Locale.ROOT,
                            "sample%d face at %.0f,%.0f: %s copy %.3f <= other face %.3f", i, c[0], c[1], what, own, bestOther));
                    worstMargin = Math.min(worstMargin, own - bestOther);
                    checked++;
                }
            }
        }
        assertEquals(22, checked);
        System.out.printf(Locale.ROOT, "%s: %d faces, smallest margin own-copy minus best other %.3f%n", what, checked, worstMargin);
    }

    private static AnalyzedFace nearest(FaceAnalysis a, double[] c) {
        AnalyzedFace best = null;
        double bestDistance = Double.MAX_VALUE;
        for (AnalyzedFace f : a.faces()) {
            double d = Math.hypot((f.box().x1() + f.box().x2()) / 2 - c[0], (f.box().y1() + f.box().y2()) / 2 - c[1]);
            if (d < bestDistance && d < f.box().width() / 2) {
                best = f;
                bestDistance = d;
            }
        }
        return best;
    }

    static double cosine(Embedding a, Embedding b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.dimension(); i++) {
            dot += a.vector()[i] * b.vector()[i];
            na += a.vector()[i] * a.vector()[i];
            nb += b.vector()[i] * b.vector()[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
