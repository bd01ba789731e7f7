package org.petface.matcher;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap over probes: each replicate draws as many probes as there are, with replacement, from one
 * seeded generator, and recomputes top-1/5/10 from the ranks and AUC/EER from the same probes' scores. The
 * interval bounds are the (1 - level)/2 and (1 + level)/2 quantiles of the replicates (linear interpolation).
 * Replicates in which AUC/EER are undefined (no genuine or no impostor score drawn) are left out of those two.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    public static MetricIntervals apply(IdentificationResult identification, ProbeScores scores,
            BootstrapOptions options) {
        int probes = identification.probeCount();
        if (scores.probeCount() != probes) {
            throw new IllegalArgumentException(probes + " ranked probes but scores of " + scores.probeCount());
        }
        int[] ranks = identification.ranks();
        RocCounts roc = new RocCounts(scores);
        int replicates = options.replicates();
        double[][] topK = new double[3][replicates];
        double[] auc = new double[replicates];
        double[] eer = new double[replicates];
        int[] ks = {1, 5, 10};
        SplittableRandom random = new SplittableRandom(options.seed());
        int[] weights = new int[probes];
        for (int r = 0; r < replicates; r++) {
            Arrays.fill(weights, 0);
            for (int i = 0; i < probes; i++) {
                weights[random.nextInt(probes)]++;
            }
            for (int k = 0; k < ks.length; k++) {
                long hits = 0;
                for (int p = 0; p < probes; p++) {
                    if (ranks[p] != IdentificationResult.MISSED && ranks[p] <= ks[k]) {
                        hits += weights[p];
                    }
                }
                topK[k][r] = probes == 0 ? Double.NaN : (double) hits / probes;
            }
            VerificationResult v = roc.evaluate(weights);
            auc[r] = v.auc();
            eer[r] = v.eer();
        }
        double level = options.level();
        return new MetricIntervals(interval(topK[0], level), interval(topK[1], level), interval(topK[2], level),
                interval(auc, level), interval(eer, level));
    }

    static ConfidenceInterval interval(double[] replicates, double level) {
        double[] defined = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (defined.length == 0) {
            return new ConfidenceInterval(Double.NaN, Double.NaN, level);
        }
        return new ConfidenceInterval(quantile(defined, (1 - level) / 2), quantile(defined, (1 + level) / 2), level);
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
