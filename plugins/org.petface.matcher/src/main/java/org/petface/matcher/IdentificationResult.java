package org.petface.matcher;

import java.util.Arrays;

/**
 * Closed-set identification outcome: per probe the rank (1 = best) of its true identity among the gallery
 * identities, or {@link #MISSED} when the probe could not be ranked (no face found, or its identity is not in the
 * gallery); missed probes stay in the denominator. The array is owned by the result.
 */
public record IdentificationResult(int[] ranks, int galleryIdentities) {

    public static final int MISSED = 0;

    public IdentificationResult {
        if (galleryIdentities < 0) {
            throw new IllegalArgumentException("negative gallery size " + galleryIdentities);
        }
        for (int r : ranks) {
            if (r < MISSED || r > galleryIdentities) {
                throw new IllegalArgumentException("rank " + r + " outside 1.." + galleryIdentities);
            }
        }
    }

    public int probeCount() {
        return ranks.length;
    }

    /** Fraction of probes whose true identity is among the k best; 0 without probes. */
    public double topK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        if (ranks.length == 0) {
            return 0;
        }
        int hits = 0;
        for (int r : ranks) {
            if (r != MISSED && r <= k) {
                hits++;
            }
        }
        return (double) hits / ranks.length;
    }

    /** The cumulative match characteristic: element k-1 is {@link #topK(int) topK(k)}, for k = 1..gallery size. */
    public double[] cmc() {
        double[] cmc = new double[galleryIdentities];
        if (ranks.length == 0) {
            return cmc;
        }
        int[] atRank = new int[galleryIdentities + 1];
        for (int r : ranks) {
            atRank[r]++;
        }
        int cumulative = 0;
        for (int k = 1; k <= galleryIdentities; k++) {
            cumulative += atRank[k];
            cmc[k - 1] = (double) cumulative / ranks.length;
        }
        return cmc;
    }

    /** This result with further probes appended as misses (studies in which no face was found). */
    public IdentificationResult withMissedProbes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count);
        }
        return new IdentificationResult(Arrays.copyOf(ranks, ranks.length + count), galleryIdentities);
    }
}
