package org.petface.matcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.petface.core.Embedding;

class VectorMatcherTest {

    private static List<float[]> vectors(int count, int dim, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] v = new float[dim];
            for (int k = 0; k < dim; k++) {
                v[k] = (float) (r.nextDouble() * 2 - 1);
            }
            out.add(v);
        }
        return out;
    }

    @Test
    void gemmEqualsDoublePrecisionReference() {
        // sizes that are not multiples of the panel width, the 4-wide k step or the thread split
        int[][] shapes = {{1, 1, 1}, {3, 7, 5}, {37, 1030, 131}, {64, 513, 512}, {5, 2, 1027}};
        for (int[] shape : shapes) {
            int m = shape[0];
            int n = shape[1];
            int k = shape[2];
            float[] a = flat(vectors(m, k, 1));
            float[] b = flat(vectors(n, k, 2));
            for (int threads : new int[] {1, 3}) {
                float[] c = new float[m * n];
                BlockedGemm.multiplyTransposed(a, m, b, n, k, c, threads);
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        double ref = 0;
                        for (int t = 0; t < k; t++) {
                            ref += (double) a[i * k + t] * b[j * k + t];
                        }
                        assertEquals(ref, c[i * n + j], 1e-4 * Math.max(1, Math.sqrt(k)),
                                m + "x" + n + "x" + k + " at " + i + "," + j);
                    }
                }
            }
        }
    }

    @Test
    void cosineOfNormalisedRowsMatchesReferenceWithinOneInTenThousand() {
        List<float[]> p = vectors(20, 512, 3);
        List<float[]> g = vectors(300, 512, 4);
        SimilarityMatrix s = VectorMatcher.applyVectors(p, g, new SimilarityOptions(SimilarityMetric.COSINE, 2));
        for (int i = 0; i < p.size(); i++) {
            for (int j = 0; j < g.size(); j++) {
                double dot = 0;
                double np = 0;
                double ng = 0;
                for (int t = 0; t < 512; t++) {
                    dot += (double) p.get(i)[t] * g.get(j)[t];
                    np += (double) p.get(i)[t] * p.get(i)[t];
                    ng += (double) g.get(j)[t] * g.get(j)[t];
                }
                assertEquals(dot / Math.sqrt(np * ng), s.score(i, j), 1e-4);
            }
        }
    }

    @Test
    void euclideanIsMinusTheDistance() {
        List<float[]> p = vectors(4, 33, 5);
        List<float[]> g = vectors(9, 33, 6);
        g.set(2, p.get(1).clone());
        SimilarityMatrix s = VectorMatcher.applyVectors(p, g, new SimilarityOptions(SimilarityMetric.EUCLIDEAN, 1));
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 9; j++) {
                double d = 0;
                for (int t = 0; t < 33; t++) {
                    double x = p.get(i)[t] - g.get(j)[t];
                    d += x * x;
                }
                assertEquals(-Math.sqrt(d), s.score(i, j), 1e-3);
            }
        }
        assertEquals(0, s.score(1, 2), 1e-3);
    }

    @Test
    void sameInputSameBitsWhateverTheThreadCount() {
        List<float[]> p = vectors(50, 128, 7);
        List<float[]> g = vectors(700, 128, 8);
        float[] one = VectorMatcher.applyVectors(p, g, new SimilarityOptions(SimilarityMetric.COSINE, 1)).scores();
        float[] four = VectorMatcher.applyVectors(p, g, new SimilarityOptions(SimilarityMetric.COSINE, 4)).scores();
        assertArrayEquals(one, four);
    }

    @Test
    void embeddingsOfDifferentModelsAreRefused() {
        Embedding a = new Embedding(new float[] {1, 0}, "arcface");
        Embedding b = new Embedding(new float[] {1, 0}, "landmarks");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VectorMatcher.apply(List.of(a), List.of(b), SimilarityOptions.defaults()));
        assertEquals("embeddings of different models are not comparable: arcface and landmarks", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VectorMatcher.applyVectors(List.of(new float[2]),
                List.of(new float[] {1, 0}), SimilarityOptions.defaults()));
    }

    private static float[] flat(List<float[]> rows) {
        int k = rows.get(0).length;
        float[] out = new float[rows.size() * k];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, out, i * k, k);
        }
        return out;
    }
}
