package org.petface.matcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class MetricsTest {

    /** A random experiment: probes of identities 0..p-1, a gallery with 1-3 items per identity and distractors. */
    private record Case(SimilarityMatrix scores, List<String> probeIds, List<String> galleryIds) {
    }

    private static Case randomCase(long seed, int probes, int distractors, int levels) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> probeIds = new ArrayList<>();
        List<String> galleryIds = new ArrayList<>();
        for (int i = 0; i < probes; i++) {
            probeIds.add("S" + i);
            int items = 1 + r.nextInt(3);
            for (int k = 0; k < items; k++) {
                galleryIds.add("S" + i);
            }
        }
        for (int d = 0; d < distractors; d++) {
            galleryIds.add("D" + d);
        }
        float[] s = new float[probes * galleryIds.size()];
        for (int i = 0; i < s.length; i++) {
            // few levels -> many ties, which is where tie handling matters
            s[i] = levels > 0 ? r.nextInt(levels) : (float) r.nextDouble();
        }
        return new Case(new SimilarityMatrix(probes, galleryIds.size(), s), probeIds, galleryIds);
    }

    private static int[] bruteRanks(Case c) {
        int[] ranks = new int[c.probeIds().size()];
        List<String> identities = c.galleryIds().stream().distinct().toList();
        for (int i = 0; i < ranks.length; i++) {
            double[] best = new double[identities.size()];
            for (int id = 0; id < best.length; id++) {
                best[id] = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < c.galleryIds().size(); j++) {
                    if (c.galleryIds().get(j).equals(identities.get(id))) {
                        best[id] = Math.max(best[id], c.scores().score(i, j));
                    }
                }
            }
            int truth = identities.indexOf(c.probeIds().get(i));
            // sort identities by score descending, impostors before the truth on ties
            int rank = 1;
            for (int id = 0; id < best.length; id++) {
                if (id != truth && !(best[id] < best[truth])) {
                    rank++;
                }
            }
            ranks[i] = rank;
        }
        return ranks;
    }

    private static double bruteAuc(Case c) {
        double sum = 0;
        long pairs = 0;
        List<Float> genuine = new ArrayList<>();
        List<Float> impostor = new ArrayList<>();
        split(c, genuine, impostor);
        for (float g : genuine) {
            for (float im : impostor) {
                sum += g > im ? 1 : g == im ? 0.5 : 0;
                pairs++;
            }
        }
        return sum / pairs;
    }

    private static void split(Case c, List<Float> genuine, List<Float> impostor) {
        for (int i = 0; i < c.probeIds().size(); i++) {
            for (int j = 0; j < c.galleryIds().size(); j++) {
                (c.probeIds().get(i).equals(c.galleryIds().get(j)) ? genuine : impostor).add(c.scores().score(i, j));
            }
        }
    }

    /** EER by sweeping every distinct score as threshold over the full ROC polyline. */
    private static double bruteEer(Case c) {
        List<Float> genuine = new ArrayList<>();
        List<Float> impostor = new ArrayList<>();
        split(c, genuine, impostor);
        List<Float> all = new ArrayList<>(genuine);
        all.addAll(impostor);
        List<Float> thresholds = all.stream().distinct().sorted((a, b) -> Float.compare(b, a)).toList();
        List<double[]> roc = new ArrayList<>();
        roc.add(new double[] {0, 0});
        for (float t : thresholds) {
            double fpr = impostor.stream().filter(v -> v >= t).count() / (double) impostor.size();
            double tpr = genuine.stream().filter(v -> v >= t).count() / (double) genuine.size();
            roc.add(new double[] {fpr, tpr});
        }
        roc.add(new double[] {1, 1});
        for (int i = 1; i < roc.size(); i++) {
            double[] a = roc.get(i - 1);
            double[] b = roc.get(i);
            double fa = a[0] + a[1] - 1;
            double fb = b[0] + b[1] - 1;
            if (fa <= 0 && fb >= 0 && fb > fa) {
                return a[0] + (b[0] - a[0]) * (-fa) / (fb - fa);
            }
        }
        throw new AssertionError();
    }

    @Test
    void ranksCmcAucAndEerEqualBruteForce() {
        for (int levels : new int[] {0, 3, 10}) {
            for (long seed = 1; seed <= 20; seed++) {
                Case c = randomCase(seed * 31 + levels, 12, 5, levels);
                IdentificationResult id = Identification.apply(c.scores(), c.probeIds(), c.galleryIds());
                int[] brute = bruteRanks(c);
                assertArrayEquals(brute, id.ranks(), "seed " + seed);
                double[] cmc = id.cmc();
                assertEquals(17, cmc.length);
                for (int k = 1; k <= cmc.length; k++) {
                    int kk = k;
                    double expected = java.util.Arrays.stream(brute).filter(r -> r <= kk).count() / 12.0;
                    assertEquals(expected, cmc[k - 1], 1e-12);
                    assertEquals(expected, id.topK(k), 1e-12);
                }
                VerificationResult v = Verification.apply(c.scores(), c.probeIds(), c.galleryIds());
                assertEquals(bruteAuc(c), v.auc(), 1e-12, "AUC seed " + seed + " levels " + levels);
                assertEquals(bruteEer(c), v.eer(), 1e-12, "EER seed " + seed + " levels " + levels);
            }
        }
    }

    @Test
    void tiesCountAgainstTheMatch() {
        SimilarityMatrix constant = new SimilarityMatrix(2, 3, new float[] {1, 1, 1, 1, 1, 1});
        IdentificationResult id = Identification.apply(constant, List.of("a", "b"), List.of("a", "b", "c"));
        assertArrayEquals(new int[] {3, 3}, id.ranks());
        assertEquals(0.5, Verification.apply(constant, List.of("a", "b"), List.of("a", "b", "c")).auc(), 1e-12);
    }

    @Test
    void perfectScoresGiveTopOneOne() {
        int n = 30;
        float[] s = new float[n * n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("P" + i);
            for (int j = 0; j < n; j++) {
                s[i * n + j] = i == j ? 0.9f : 0.1f * ((i * 7 + j * 3) % 5) / 5;
            }
        }
        SimilarityMatrix m = new SimilarityMatrix(n, n, s);
        assertEquals(1.0, Identification.apply(m, ids, ids).topK(1));
        VerificationResult v = Verification.apply(m, ids, ids);
        assertEquals(1.0, v.auc());
        assertEquals(0.0, v.eer());
    }

    @Test
    void randomScoresGiveTopKNearKOverN() {
        int n = 50;
        double[] mean = new double[11];
        int seeds = 200;
        for (long seed = 0; seed < seeds; seed++) {
            Case c = randomCase(1000 + seed, n, 0, 0);
            IdentificationResult id = Identification.apply(c.scores(), c.probeIds(), c.galleryIds());
            for (int k : new int[] {1, 5, 10}) {
                mean[k] += id.topK(k) / seeds;
            }
        }
        assertEquals(1.0 / n, mean[1], 0.01);
        assertEquals(5.0 / n, mean[5], 0.015);
        assertEquals(10.0 / n, mean[10], 0.02);
    }

    @Test
    void permutingRowsAndColumnsChangesNothing() {
        Case c = randomCase(77, 15, 6, 4);
        int p = c.probeIds().size();
        int g = c.galleryIds().size();
        int[] rowOrder = permutation(p, 5);
        int[] colOrder = permutation(g, 6);
        float[] s = new float[p * g];
        List<String> probeIds = new ArrayList<>();
        List<String> galleryIds = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            probeIds.add(c.probeIds().get(rowOrder[i]));
            for (int j = 0; j < g; j++) {
                s[i * g + j] = c.scores().score(rowOrder[i], colOrder[j]);
            }
        }
        for (int j = 0; j < g; j++) {
            galleryIds.add(c.galleryIds().get(colOrder[j]));
        }
        SimilarityMatrix permuted = new SimilarityMatrix(p, g, s);
        IdentificationResult a = Identification.apply(c.scores(), c.probeIds(), c.galleryIds());
        IdentificationResult b = Identification.apply(permuted, probeIds, galleryIds);
        for (int i = 0; i < p; i++) {
            assertEquals(a.ranks()[rowOrder[i]], b.ranks()[i]);
        }
        assertArrayEquals(a.cmc(), b.cmc(), 1e-12);
        VerificationResult va = Verification.apply(c.scores(), c.probeIds(), c.galleryIds());
        VerificationResult vb = Verification.apply(permuted, probeIds, galleryIds);
        assertEquals(va.auc(), vb.auc(), 1e-12);
        assertEquals(va.eer(), vb.eer(), 1e-12);
    }

    private static int[] permutation(int n, long seed) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    @Test
    void missedProbesStayInTheDenominator() {
        IdentificationResult r = new IdentificationResult(new int[] {1, 2}, 5).withMissedProbes(2);
        assertEquals(0.25, r.topK(1));
        assertEquals(0.5, r.topK(5));
        assertEquals(0.5, r.cmc()[4]);
    }

    @Test
    void bootstrapIsSeededAndBracketsTheEstimate() {
        Case c = randomCase(5, 40, 10, 0);
        IdentificationResult id = Identification.apply(c.scores(), c.probeIds(), c.galleryIds());
        ProbeScores scores = ProbeScores.from(c.scores(), c.probeIds(), c.galleryIds());
        BootstrapOptions options = new BootstrapOptions(300, 42, 0.95);
        MetricIntervals a = Bootstrap.apply(id, scores, options);
        MetricIntervals b = Bootstrap.apply(id, scores, options);
        assertEquals(a, b);
        MetricIntervals other = Bootstrap.apply(id, scores, new BootstrapOptions(300, 43, 0.95));
        assertTrue(!a.equals(other), "a different seed resamples differently");
        VerificationResult v = Verification.apply(scores);
        assertTrue(a.auc().low() <= v.auc() && v.auc() <= a.auc().high(), a.auc() + " vs " + v.auc());
        assertTrue(a.eer().low() <= v.eer() && v.eer() <= a.eer().high());
        assertTrue(a.top10().low() <= id.topK(10) && id.topK(10) <= a.top10().high());
        assertTrue(a.auc().high() - a.auc().low() > 0.01, "an interval of 40 random probes is not a point");
    }
}
