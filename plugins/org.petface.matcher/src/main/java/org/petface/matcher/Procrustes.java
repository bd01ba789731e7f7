package org.petface.matcher;

/**
 * Least-squares alignment of corresponding point sets (Procrustes / Kabsch / Horn): the rotation, translation and
 * optionally the scale that map source onto target with the smallest sum of squared distances. 2-D uses the
 * closed form angle; 3-D uses Horn's unit quaternion (the top eigenvector of a symmetric 4x4 matrix), which
 * never returns a reflection.
 */
public final class Procrustes {

    private Procrustes() {
    }

    /** @param source points interleaved, dims values per point; target the same number of points */
    public static SimilarityTransform fit(double[] source, double[] target, int dims, boolean withScale) {
        if (dims != 2 && dims != 3) {
            throw new IllegalArgumentException("2-D or 3-D landmarks only, got " + dims);
        }
        if (source.length != target.length || source.length % dims != 0 || source.length == 0) {
            throw new IllegalArgumentException("need equal, non-empty sets of " + dims + "-D points, got "
                    + source.length + " and " + target.length + " values");
        }
        int n = source.length / dims;
        double[] cs = centroid(source, dims);
        double[] ct = centroid(target, dims);
        double[] m = new double[9];
        double sourceSpread = 0;
        for (int p = 0; p < n; p++) {
            for (int r = 0; r < dims; r++) {
                double s = source[p * dims + r] - cs[r];
                sourceSpread += s * s;
                for (int c = 0; c < dims; c++) {
                    m[r * 3 + c] += s * (target[p * dims + c] - ct[c]);
                }
            }
        }
        double[] rotation = dims == 2 ? rotation2d(m) : rotation3d(m);
        double scale = 1;
        if (withScale) {
            double trace = 0;
            for (int r = 0; r < dims; r++) {
                for (int c = 0; c < dims; c++) {
                    trace += rotation[r * dims + c] * m[c * 3 + r];
                }
            }
            scale = sourceSpread > 0 ? trace / sourceSpread : 1;
        }
        double[] translation = new double[dims];
        for (int r = 0; r < dims; r++) {
            double v = ct[r];
            for (int c = 0; c < dims; c++) {
                v -= scale * rotation[r * dims + c] * cs[c];
            }
            translation[r] = v;
        }
        return new SimilarityTransform(dims, scale, rotation, translation);
    }

    /**
     * The Procrustes distance of two landmark configurations: both centred and scaled to unit root-mean-square
     * radius, the source aligned to the target by rotation and scale, then the RMS of the residuals.
     */
    public static double distance(double[] source, double[] target, int dims) {
        double[] a = normalised(source, dims);
        double[] b = normalised(target, dims);
        double[] aligned = fit(a, b, dims, true).apply(a);
        double sum = 0;
        for (int i = 0; i < b.length; i++) {
            double d = aligned[i] - b[i];
            sum += d * d;
        }
        return Math.sqrt(sum / (b.length / dims));
    }

    private static double[] normalised(double[] points, int dims) {
        double[] c = centroid(points, dims);
        double[] out = new double[points.length];
        double sum = 0;
        for (int i = 0; i < points.length; i++) {
            out[i] = points[i] - c[i % dims];
            sum += out[i] * out[i];
        }
        double radius = Math.sqrt(sum / (points.length / dims));
        if (radius > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= radius;
            }
        }
        return out;
    }

    private static double[] centroid(double[] points, int dims) {
        double[] c = new double[dims];
        int n = points.length / dims;
        for (int i = 0; i < points.length; i++) {
            c[i % dims] += points[i];
        }
        for (int r = 0; r < dims; r++) {
            c[r] /= n;
        }
        return c;
    }

    /** m[r*3+c] = sum of source_r * target_c (centred). */
    private static double[] rotation2d(double[] m) {
        double angle = Math.atan2(m[1] - m[3], m[0] + m[4]);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        return new double[] {cos, -sin, sin, cos};
    }

    private static double[] rotation3d(double[] m) {
        double sxx = m[0], sxy = m[1], sxz = m[2];
        double syx = m[3], syy = m[4], syz = m[5];
        double szx = m[6], szy = m[7], szz = m[8];
        double[][] n = {
            {sxx + syy + szz, syz - szy, szx - sxz, sxy - syx},
            {syz - szy, sxx - syy - szz, sxy + syx, szx + sxz},
            {szx - sxz, sxy + syx, -sxx + syy - szz, syz + szy},
            {sxy - syx, szx + sxz, syz + szy, -sxx - syy + szz}};
        double[] q = SymmetricEigen.topEigenvector4(n);
        double w = q[0], x = q[1], y = q[2], z = q[3];
        return new double[] {
            w * w + x * x - y * y - z * z, 2 * (x * y - w * z), 2 * (x * z + w * y),
            2 * (x * y + w * z), w * w - x * x + y * y - z * z, 2 * (y * z - w * x),
            2 * (x * z - w * y), 2 * (y * z + w * x), w * w - x * x - y * y + z * z};
    }
}
