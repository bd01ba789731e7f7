package org.petface.embedder;

/** A face found by a detector: corners in image pixels (x1,y1 top-left) and the detector's score in [0,1]. */
public record FaceBox(double x1, double y1, double x2, double y2, double score) {

    public FaceBox {
        if (!(x2 > x1) || !(y2 > y1)) {
            throw new IllegalArgumentException("empty face box " + x1 + "," + y1 + " - " + x2 + "," + y2);
        }
    }

    public double width() {
        return x2 - x1;
    }

    public double height() {
        return y2 - y1;
    }

    double intersectionOverUnion(FaceBox other) {
        double w = Math.min(x2, other.x2) - Math.max(x1, other.x1);
        double h = Math.min(y2, other.y2) - Math.max(y1, other.y1);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double inter = w * h;
        return inter / (width() * height() + other.width() * other.height() - inter);
    }
}
