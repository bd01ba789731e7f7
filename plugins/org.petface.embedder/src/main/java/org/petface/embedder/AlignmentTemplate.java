package org.petface.embedder;

/**
 * Where the five alignment points (left eye, right eye, nose tip, left and right mouth corner; x,y pairs in
 * output pixels) go in an aligned crop of the given size.
 */
public record AlignmentTemplate(int width, int height, double[] points) {

    /** The ArcFace / InsightFace 112x112 template (also used by faceplugin's fr_feature). */
    public static final AlignmentTemplate ARCFACE_112 = new AlignmentTemplate(112, 112, new double[] {
        38.2946, 51.6963, 73.5318, 51.5014, 56.0252, 71.7366, 41.5493, 92.3655, 70.7299, 92.2041});

    public AlignmentTemplate {
        if (width <= 0 || height <= 0 || width > 1024 || height > 1024) {
            throw new IllegalArgumentException("alignment template size " + width + "x" + height + " outside 1..1024");
        }
        if (points.length != 10) {
            throw new IllegalArgumentException("alignment template needs 5 points (10 values), got " + points.length);
        }
        points = points.clone();
    }

    @Override
    public double[] points() {
        return points.clone();
    }

    /** This template stretched to another crop size (the ArcFace template for a 160x160 FaceNet input, say). */
    public AlignmentTemplate scaledTo(int newWidth, int newHeight) {
        double[] p = points.clone();
        for (int i = 0; i < p.length; i += 2) {
            p[i] *= (double) newWidth / width;
            p[i + 1] *= (double) newHeight / height;
        }
        return new AlignmentTemplate(newWidth, newHeight, p);
    }
}
