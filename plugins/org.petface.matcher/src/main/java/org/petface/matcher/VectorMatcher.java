package org.petface.matcher;

import java.util.List;

import org.petface.core.Embedding;

/**
 * Stage 6 for descriptor vectors: the similarity of every probe to every gallery item, computed as one matrix
 * product ({@link BlockedGemm}). Cosine uses L2-normalised rows; Euclidean uses |p|^2 + |g|^2 - 2 p.g with the
 * norms in double precision, reported as minus the distance.
 */
public final class VectorMatcher {

    private VectorMatcher() {
    }

    /** Compares embeddings; all must come from one model and have one dimension. */
    public static SimilarityMatrix apply(List<Embedding> probes, List<Embedding> gallery, SimilarityOptions options) {
        String model = null;
        for (List<Embedding> side : List.of(probes, gallery)) {
            for (Embedding e : side) {
                if (model == null) {
                    model = e.modelId();
                } else if (!model.equals(e.modelId())) {
                    throw new IllegalArgumentException("embeddings of different models are not comparable: " + model
                            + " and " + e.modelId());
                }
            }
        }
        return applyVectors(probes.stream().map(Embedding::vector).toList(),
                gallery.stream().map(Embedding::vector).toList(), options);
    }

    /** Compares raw vectors of one common dimension. */
    public static SimilarityMatrix applyVectors(List<float[]> probes, List<float[]> gallery, SimilarityOptions options) {
        int dimension = commonDimension(probes, gallery);
        int m = probes.size();
        int n = gallery.size();
        if ((long) m * n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(m + " x " + n + " scores do not fit one matrix; split the probes");
        }
        boolean cosine = options.metric() == SimilarityMetric.COSINE;
        double[] probeNorms = new double[m];
        double[] galleryNorms = new double[n];
        float[] a = pack(probes, dimension, probeNorms, cosine, "probe");
        float[] b = pack(gallery, dimension, galleryNorms, cosine, "gallery item");
        float[] c = new float[m * n];
        BlockedGemm.multiplyTransposed(a, m, b, n, dimension, c, options.threads());
        if (!cosine) {
            for (int i = 0; i < m; i++) {
                double pi = probeNorms[i] * probeNorms[i];
                for (int j = 0; j < n; j++) {
                    double g = galleryNorms[j];
                    double squared = pi + g * g - 2.0 * c[i * n + j];
                    c[i * n + j] = (float) -Math.sqrt(Math.max(0.0, squared));
                }
            }
        }
        return new SimilarityMatrix(m, n, c);
    }

    private static int commonDimension(List<float[]> probes, List<float[]> gallery) {
        int dimension = -1;
        for (List<float[]> side : List.of(probes, gallery)) {
            for (float[] v : side) {
                if (dimension < 0) {
                    dimension = v.length;
                } else if (v.length != dimension) {
                    throw new IllegalArgumentException("vectors of dimension " + dimension + " and " + v.length
                            + " cannot be compared");
                }
            }
        }
        return Math.max(dimension, 0);
    }

    /** Rows into one row-major array; for cosine each row is scaled to unit length. */
    private static float[] pack(List<float[]> rows, int dimension, double[] norms, boolean normalise, String what) {
        float[] packed = new float[rows.size() * dimension];
        for (int i = 0; i < rows.size(); i++) {
            float[] v = rows.get(i);
            double sum = 0;
            for (float x : v) {
                if (!Float.isFinite(x)) {
                    throw new IllegalArgumentException(what + " " + i + " has a non-finite value");
                }
                sum += (double) x * x;
            }
            double norm = Math.sqrt(sum);
            norms[i] = norm;
            if (normalise && norm == 0) {
                throw new IllegalArgumentException(what + " " + i + " is the zero vector; its cosine is undefined");
            }
            double scale = normalise ? 1.0 / norm : 1.0;
            for (int t = 0; t < dimension; t++) {
                packed[i * dimension + t] = (float) (v[t] * scale);
            }
        }
        return packed;
    }
}
