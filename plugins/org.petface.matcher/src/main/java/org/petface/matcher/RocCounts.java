package org.petface.matcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-probe counts from which the exact ROC of any probe-weighted resample follows without sorting again.
 *
 * <p>The ROC only bends where a genuine score is the threshold: between two consecutive distinct genuine scores
 * the true positive rate is constant, so the curve there is one horizontal line. Its vertices are, for every
 * distinct genuine score t (descending), the point "accept score &gt; t" followed by "accept score &gt;= t"; the
 * segment between the two is diagonal when impostors tie with t, which is what makes the trapezoid area count
 * ties as one half. So per probe it suffices to know how many of its impostor scores are &gt; t and &gt;= t.
 */
final class RocCounts {

    /** Above this many stored counts (4 bytes each) the per-probe tables would not fit a sensible heap. */
    static final long MAX_COUNTS = 1L << 26;

    private final float[] thresholds;
    private final int[][] genuineIndex;
    private final int[][] impostorAtLeast;
    private final int[][] impostorAbove;
    private final int[] impostorTotal;

    RocCounts(ProbeScores scores) {
        int probes = scores.probeCount();
        thresholds = distinctDescending(scores.genuine());
        int t = thresholds.length;
        long needed = 2L * probes * t;
        if (needed > MAX_COUNTS) {
            throw new IllegalArgumentException("verification over " + probes + " probes with " + t
                    + " distinct genuine scores needs " + needed + " counts; the limit is " + MAX_COUNTS);
        }
        genuineIndex = new int[probes][];
        impostorAtLeast = new int[probes][];
        impostorAbove = new int[probes][];
        impostorTotal = new int[probes];
        for (int p = 0; p < probes; p++) {
            float[] gen = scores.genuine().get(p);
            genuineIndex[p] = new int[gen.length];
            for (int g = 0; g < gen.length; g++) {
                genuineIndex[p][g] = indexOf(gen[g]);
            }
            float[] imp = scores.impostor().get(p).clone();
            Arrays.sort(imp);
            impostorTotal[p] = imp.length;
            if (imp.length == 0) {
                continue;
            }
            impostorAtLeast[p] = new int[t];
            impostorAbove[p] = new int[t];
            for (int j = 0; j < t; j++) {
                impostorAtLeast[p][j] = imp.length - firstAtLeast(imp, thresholds[j]);
                impostorAbove[p][j] = imp.length - firstAbove(imp, thresholds[j]);
            }
        }
    }

    /** The ROC, AUC and EER when probe p is counted weights[p] times. */
    VerificationResult evaluate(int[] weights) {
        int t = thresholds.length;
        long[] genuineAt = new long[t];
        long[] impostorAtLeastSum = new long[t];
        long[] impostorAboveSum = new long[t];
        long genuineTotal = 0;
        long impostorSum = 0;
        for (int p = 0; p < weights.length; p++) {
            int w = weights[p];
            if (w == 0) {
                continue;
            }
            for (int index : genuineIndex[p]) {
                genuineAt[index] += w;
            }
            genuineTotal += (long) w * genuineIndex[p].length;
            if (impostorTotal[p] > 0) {
                impostorSum += (long) w * impostorTotal[p];
                int[] atLeast = impostorAtLeast[p];
                int[] above = impostorAbove[p];
                for (int j = 0; j < t; j++) {
                    impostorAtLeastSum[j] += (long) w * atLeast[j];
                    impostorAboveSum[j] += (long) w * above[j];
                }
            }
        }
        if (genuineTotal == 0 || impostorSum == 0) {
            return new VerificationResult(List.of(), Double.NaN, Double.NaN, genuineTotal, impostorSum);
        }
        List<RocPoint> roc = new ArrayList<>(2 * t + 2);
        roc.add(new RocPoint(0, 0));
        long genuineAbove = 0;
        for (int j = 0; j < t; j++) {
            long genuineAtLeast = genuineAbove + genuineAt[j];
            roc.add(new RocPoint((double) impostorAboveSum[j] / impostorSum, (double) genuineAbove / genuineTotal));
            roc.add(new RocPoint((double) impostorAtLeastSum[j] / impostorSum,
                    (double) genuineAtLeast / genuineTotal));
            genuineAbove = genuineAtLeast;
        }
        roc.add(new RocPoint(1, 1));
        return new VerificationResult(roc, area(roc), equalErrorRate(roc), genuineTotal, impostorSum);
    }

    private static double area(List<RocPoint> roc) {
        double area = 0;
        for (int i = 1; i < roc.size(); i++) {
            RocPoint a = roc.get(i - 1);
            RocPoint b = roc.get(i);
            area += (b.falsePositiveRate() - a.falsePositiveRate())
                    * (a.truePositiveRate() + b.truePositiveRate()) / 2;
        }
        return area;
    }

    /** Where the curve crosses FPR = 1 - TPR; fpr + tpr - 1 grows from -1 to 1 along the curve. */
    private static double equalErrorRate(List<RocPoint> roc) {
        for (int i = 1; i < roc.size(); i++) {
            RocPoint a = roc.get(i - 1);
            RocPoint b = roc.get(i);
            double fa = a.falsePositiveRate() + a.truePositiveRate() - 1;
            double fb = b.falsePositiveRate() + b.truePositiveRate() - 1;
            if (fa <= 0 && fb >= 0 && fb > fa) {
                return a.falsePositiveRate() + (b.falsePositiveRate() - a.falsePositiveRate()) * (-fa) / (fb - fa);
            }
        }
        throw new IllegalStateException("ROC curve does not reach (1, 1)");
    }

    private static float[] distinctDescending(List<float[]> genuine) {
        int total = 0;
        for (float[] g : genuine) {
            total += g.length;
        }
        float[] all = new float[total];
        int k = 0;
        for (float[] g : genuine) {
            System.arraycopy(g, 0, all, k, g.length);
            k += g.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        float[] descending = new float[distinct];
        for (int i = 0; i < distinct; i++) {
            descending[i] = all[distinct - 1 - i];
        }
        return descending;
    }

    private int indexOf(float score) {
        int lo = 0;
        int hi = thresholds.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (thresholds[mid] > score) {
                lo = mid + 1;
            } else if (thresholds[mid] < score) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        throw new IllegalStateException("genuine score " + score + " not among the thresholds");
    }

    /** First index of an ascending array whose value is &gt;= x. */
    private static int firstAtLeast(float[] ascending, float x) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index of an ascending array whose value is &gt; x. */
    private static int firstAbove(float[] ascending, float x) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
