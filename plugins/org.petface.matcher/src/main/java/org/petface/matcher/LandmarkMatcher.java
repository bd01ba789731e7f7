package org.petface.matcher;

import java.util.List;

/**
 * Matcher for landmark embeddings (x,y[,z] of each landmark interleaved): every probe configuration is realigned
 * to every gallery configuration by a similarity transform (Procrustes) before the distance is taken, so pose and
 * size of the face in the render do not count, only its shape. Similarity = minus the Procrustes distance.
 */
public final class LandmarkMatcher {

    private LandmarkMatcher() {
    }

    public static SimilarityMatrix apply(List<float[]> probes, List<float[]> gallery, LandmarkOptions options) {
        int dims = options.dims();
        double[][] p = toDouble(probes, dims, "probe");
        double[][] g = toDouble(gallery, dims, "gallery item");
        if (p.length > 0 && g.length > 0 && p[0].length != g[0].length) {
            throw new IllegalArgumentException("probe and gallery landmark sets differ in size: " + p[0].length / dims
                    + " and " + g[0].length / dims + " landmarks");
        }
        int n = g.length;
        float[] scores = new float[p.length * n];
        Parallel.forEach(p.length, options.threads(), i -> {
            for (int j = 0; j < n; j++) {
                scores[i * n + j] = (float) -Procrustes.distance(p[i], g[j], dims);
            }
        });
        return new SimilarityMatrix(p.length, n, scores);
    }

    private static double[][] toDouble(List<float[]> sets, int dims, String what) {
        double[][] out = new double[sets.size()][];
        for (int i = 0; i < out.length; i++) {
            float[] v = sets.get(i);
            if (v.length == 0 || v.length % dims != 0 || (i > 0 && v.length != out[0].length)) {
                throw new IllegalArgumentException(what + " " + i + " has " + v.length + " values; need the same number"
                        + " of " + dims + "-D landmarks in every set");
            }
            out[i] = new double[v.length];
            for (int k = 0; k < v.length; k++) {
                out[i][k] = v[k];
            }
        }
        return out;
    }
}
