package org.petface.matcher;

/**
 * x -&gt; scale * R x + t in 2-D or 3-D; R is a proper rotation, row-major dims x dims. Arrays are owned by the
 * transform.
 */
public record SimilarityTransform(int dims, double scale, double[] rotation, double[] translation) {

    public SimilarityTransform {
        if (dims != 2 && dims != 3) {
            throw new IllegalArgumentException("2-D or 3-D only, got " + dims);
        }
        if (rotation.length != dims * dims || translation.length != dims) {
            throw new IllegalArgumentException("rotation/translation sizes do not match " + dims + "-D");
        }
    }

    /** Maps interleaved points (x,y[,z] per point) into a new array. */
    public double[] apply(double[] points) {
        double[] out = new double[points.length];
        for (int p = 0; p < points.length; p += dims) {
            for (int r = 0; r < dims; r++) {
                double v = translation[r];
                for (int c = 0; c < dims; c++) {
                    v += scale * rotation[r * dims + c] * points[p + c];
                }
                out[p + r] = v;
            }
        }
        return out;
    }
}
