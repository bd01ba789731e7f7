package org.petface.surface;

import org.petface.volume.ops.ParallelRange;

/**
 * Counts of voxel values in equal bins over [low, high]; values outside are counted in the end bins and
 * non-finite values are skipped. Built in parallel over contiguous chunks, so the counts do not depend on the
 * thread count.
 */
public final class ValueHistogram {

    private static final int CHUNK = 1 << 20;

    private final double low;
    private final double binWidth;
    private final long[] counts;
    private final long total;

    private ValueHistogram(double low, double binWidth, long[] counts) {
        this.low = low;
        this.binWidth = binWidth;
        this.counts = counts;
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        this.total = sum;
    }

    /** The histogram of the values in bins over their finite range; null when no value is finite. */
    public static ValueHistogram of(float[] values, int bins, int threads) {
        double[] range = finiteRange(values, threads);
        if (range == null) {
            return null;
        }
        return of(values, bins, range[0], range[1], threads);
    }

    public static ValueHistogram of(float[] values, int bins, double low, double high, int threads) {
        if (bins < 2 || bins > 1 << 20) {
            throw new IllegalArgumentException("histogram needs 2..2^20 bins, got " + bins);
        }
        if (!(high >= low) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("histogram range must be finite and ordered: " + low + ".." + high);
        }
        double width = high > low ? (high - low) / bins : 1;
        int parts = Math.max(1, Math.min(threads, (values.length + CHUNK - 1) / CHUNK));
        long[][] partial = new long[parts][];
        float scale = (float) (1 / width);
        float offset = (float) low;
        ParallelRange.forEach(parts, parts, part -> {
            int[] h = new int[bins];
            int begin = (int) ((long) values.length * part / parts);
            int end = (int) ((long) values.length * (part + 1) / parts);
            long[] wide = new long[bins];
            // int counts are flushed before they could overflow
            for (int from = begin; from < end; from += Integer.MAX_VALUE / 2) {
                int to = (int) Math.min(end, (long) from + Integer.MAX_VALUE / 2);
                for (int n = from; n < to; n++) {
                    float v = values[n];
                    if (v - v == 0) {
                        int b = (int) ((v - offset) * scale);
                        h[b < 0 ? 0 : b >= bins ? bins - 1 : b]++;
                    }
                }
                for (int b = 0; b < bins; b++) {
                    wide[b] += h[b];
                    h[b] = 0;
                }
            }
            partial[part] = wide;
        });
        long[] counts = new long[bins];
        for (long[] h : partial) {
            for (int b = 0; b < bins; b++) {
                counts[b] += h[b];
            }
        }
        return new ValueHistogram(low, width, counts);
    }

    /** A histogram from given counts (bin b covers low + b * width .. low + (b + 1) * width). */
    public static ValueHistogram ofCounts(double low, double binWidth, long[] counts) {
        if (!(binWidth > 0) || counts.length < 2) {
            throw new IllegalArgumentException("histogram needs a positive bin width and at least 2 bins");
        }
        return new ValueHistogram(low, binWidth, counts.clone());
    }

    /** min and max of the finite values, or null when there are none. */
    static double[] finiteRange(float[] values, int threads) {
        int chunks = Math.max(1, (values.length + CHUNK - 1) / CHUNK);
        float[] min = new float[chunks];
        float[] max = new float[chunks];
        ParallelRange.forEach(chunks, threads, c -> {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            int end = Math.min(values.length, (c + 1) * CHUNK);
            for (int n = c * CHUNK; n < end; n++) {
                float v = values[n];
                if (v < lo && v != Float.NEGATIVE_INFINITY) {
                    lo = v;
                }
                if (v > hi && v != Float.POSITIVE_INFINITY) {
                    hi = v;
                }
            }
            min[c] = lo;
            max[c] = hi;
        });
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < chunks; c++) {
            lo = Math.min(lo, min[c]);
            hi = Math.max(hi, max[c]);
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }

    public int bins() {
        return counts.length;
    }

    public long count(int bin) {
        return counts[bin];
    }

    public long total() {
        return total;
    }

    public double binWidth() {
        return binWidth;
    }

    public double binCentre(int bin) {
        return low + (bin + 0.5) * binWidth;
    }

    /** The lower edge of a bin; the value that separates bin - 1 from bin. */
    public double binEdge(int bin) {
        return low + bin * binWidth;
    }

    /** The value below which a fraction q (0..1) of the counts lie, interpolated linearly within its bin. */
    public double quantile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in [0, 1], got " + q);
        }
        double target = q * total;
        long below = 0;
        for (int b = 0; b < counts.length; b++) {
            if (below + counts[b] >= target && counts[b] > 0) {
                return binEdge(b) + binWidth * (target - below) / counts[b];
            }
            below += counts[b];
        }
        return binEdge(counts.length);
    }

    /**
     * Otsu's threshold: the bin edge that maximises the between-class variance of the two classes below and
     * above it (Otsu 1979), over bins first..last (inclusive), each bin standing for the value binValue[b].
     */
    public double otsu(int first, int last, double[] binValue) {
        double sumAll = 0;
        long n = 0;
        for (int b = first; b <= last; b++) {
            sumAll += binValue[b] * counts[b];
            n += counts[b];
        }
        double best = -1;
        int bestEdge = first + 1;
        double sumBelow = 0;
        long nBelow = 0;
        for (int b = first; b < last; b++) {
            nBelow += counts[b];
            sumBelow += binValue[b] * counts[b];
            long nAbove = n - nBelow;
            if (nBelow == 0 || nAbove == 0) {
                continue;
            }
            double d = sumBelow / nBelow - (sumAll - sumBelow) / nAbove;
            double between = (double) nBelow * nAbove * d * d;
            if (between > best) {
                best = between;
                bestEdge = b + 1;
            }
        }
        return binEdge(bestEdge);
    }

    /** The bin centres, the values Otsu's method weighs bins by. */
    public double[] binCentres() {
        double[] c = new double[counts.length];
        for (int b = 0; b < c.length; b++) {
            c[b] = binCentre(b);
        }
        return c;
    }

    /** The value below which half of the counts in bins first..last lie (bin centre). */
    public double median(int first, int last) {
        long n = 0;
        for (int b = first; b <= last; b++) {
            n += counts[b];
        }
        long seen = 0;
        for (int b = first; b <= last; b++) {
            seen += counts[b];
            if (2 * seen >= n) {
                return binCentre(b);
            }
        }
        return binCentre(last);
    }

    public double otsu() {
        return otsu(0, counts.length - 1, binCentres());
    }

    /** The bin index holding a value (clamped to the range). */
    public int binOf(double value) {
        int b = (int) Math.floor((value - low) / binWidth);
        return Math.max(0, Math.min(counts.length - 1, b));
    }
}
