package org.petface.embedder;

import java.util.Locale;

import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** Draws boxes (green: embedded, red: failed), scores and landmarks onto a copy of the image. */
public final class FaceAnnotator {

    private static final Scalar OK = new Scalar(0, 200, 0);
    private static final Scalar FAILED = new Scalar(0, 0, 230);
    private static final Scalar LANDMARK = new Scalar(0, 230, 230);

    private FaceAnnotator() {
    }

    public static FaceImage annotate(FaceImage image, FaceAnalysis analysis) {
        FaceImage out = image.copy();
        int thickness = Math.max(1, Math.min(image.width(), image.height()) / 300);
        for (AnalyzedFace face : analysis.faces()) {
            FaceBox b = face.box();
            Scalar colour = face.status().isOk() ? OK : FAILED;
            Imgproc.rectangle(out.mat(), new Point(b.x1(), b.y1()), new Point(b.x2(), b.y2()), colour, thickness);
            Imgproc.putText(out.mat(), String.format(Locale.ROOT, "%.2f", b.score()), new Point(b.x1(), b.y1() - 4),
                    Imgproc.FONT_HERSHEY_SIMPLEX, 0.4 * thickness, colour, thickness);
            if (face.landmarks() != null) {
                for (int i = 0; i < FaceLandmarks.POINTS; i++) {
                    Imgproc.circle(out.mat(), new Point(face.landmarks().x(i), face.landmarks().y(i)), thickness,
                            LANDMARK, -1);
                }
            }
        }
        return out;
    }
}
