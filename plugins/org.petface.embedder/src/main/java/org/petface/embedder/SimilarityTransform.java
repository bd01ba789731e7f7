package org.petface.embedder;

/**
 * The least-squares similarity (rotation, uniform scale, translation; no reflection) taking one 2-D point set
 * onto another (Umeyama 1991, closed form in 2-D): x' = a x - b y + tx, y' = b x + a y + ty.
 */
record SimilarityTransform(double a, double b, double tx, double ty) {

    static SimilarityTransform fit(double[] from, double[] to) {
        if (from.length != to.length || from.length < 4 || from.length % 2 != 0) {
            throw new IllegalArgumentException("need two equal sets of at least two points");
        }
        int n = from.length / 2;
        double fx = 0, fy = 0, tox = 0, toy = 0;
        for (int i = 0; i < n; i++) {
            fx += from[2 * i];
            fy += from[2 * i + 1];
            tox += to[2 * i];
            toy += to[2 * i + 1];
        }
        fx /= n;
        fy /= n;
        tox /= n;
        toy /= n;
        double norm = 0, dot = 0, cross = 0;
        for (int i = 0; i < n; i++) {
            double px = from[2 * i] - fx, py = from[2 * i + 1] - fy;
            double qx = to[2 * i] - tox, qy = to[2 * i + 1] - toy;
            norm += px * px + py * py;
            dot += px * qx + py * qy;
            cross += px * qy - py * qx;
        }
        if (!(norm > 1e-12)) {
            return new SimilarityTransform(0, 0, tox, toy);
        }
        double a = dot / norm;
        double b = cross / norm;
        return new SimilarityTransform(a, b, tox - (a * fx - b * fy), toy - (b * fx + a * fy));
    }

    double scale() {
        return Math.hypot(a, b);
    }

    double[] apply(double[] xy) {
        double[] out = new double[xy.length];
        for (int i = 0; i < xy.length; i += 2) {
            out[i] = a * xy[i] - b * xy[i + 1] + tx;
            out[i + 1] = b * xy[i] + a * xy[i + 1] + ty;
        }
        return out;
    }

    /** Root-mean-square distance between the mapped points and the target points. */
    double residual(double[] from, double[] to) {
        double[] mapped = apply(from);
        double sum = 0;
        for (int i = 0; i < mapped.length; i++) {
            sum += (mapped[i] - to[i]) * (mapped[i] - to[i]);
        }
        return Math.sqrt(sum / (mapped.length / 2));
    }
}
