package org.petface.surface;

import org.petface.volume.ops.ParallelRange;

/**
 * Counts of voxel values in equal bins over [low, high]; values outside are counted in the end bins and
 * non-finite values are skipped. Built from all values or from every n-th row of a volume (a fixed, evenly spread
 * sample: a threshold from 4 million voxels is the threshold of all of them, and reading a twelfth of the rows
 * costs a twelfth of the memory traffic). Counts do not depend on the thread count.
 */
public final class ValueHistogram {

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

    /** The histogram of all values in bins over their finite range; null when no value is finite. */
    public static ValueHistogram of(float[] values, int bins, int threads) {
        return sampled(values, Math.max(1, values.length), Integer.MAX_VALUE, bins, threads);
    }

    /**
     * The histogram of whole rows (rowLength values each) taken at an even stride so that at most about
     * maxValues values are read, over the sample's finite range; null when no sampled value is finite.
     */
    public static ValueHistogram sampled(float[] values, int rowLength, int maxValues, int bins, int threads) {
        int rows = (values.length + rowLength - 1) / rowLength;
        int stride = (int) Math.max(1, Math.min(rows, (long) Math.ceil(values.length / (double) maxValues)));
        double[] range = finiteRange(values, rowLength, stride, threads);
        if (range == null) {
            return null;
        }
        return of(values, rowLength, stride, bins, range[0], range[1], threads);
    }

    public static ValueHistogram of(float[] values, int bins, double low, double high, int threads) {
        return of(values, Math.max(1, values.length), 1, bins, low, high, threads);
    }

    private static ValueHistogram of(float[] values, int rowLength, int stride, int bins, double low, double high,
                                     int threads) {
        if (bins < 2 || bins > 1 << 20) {
            throw new IllegalArgumentException("histogram needs 2..2^20 bins, got " + bins);
        }
        if (!(high >= low) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("histogram range must be finite and ordered: " + low + ".." + high);
        }
        double width = high > low ? (high - low) / bins : 1;
        float scale = (float) (1 / width);
        float offset = (float) low;
        long[][] partial = new long[Math.max(1, threads)][];
        forEachPart(values.length, rowLength, stride, threads, (part, begin, end) -> {
            long[] h = partial[part] == null ? new long[bins] : partial[part];
            for (int n = begin; n < end; n++) {
                float v = values[n];
                if (v - v == 0) {
                    int b = (int) ((v - offset) * scale);
                    h[b < 0 ? 0 : b >= bins ? bins - 1 : b]++;
                }
            }
            partial[part] = h;
        });
        long[] counts = new long[bins];
        for (long[] h : partial) {
            if (h != null) {
                for (int b = 0; b < bins; b++) {
                    counts[b] += h[b];
                }
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

    /** min and max of the finite sampled values, or null when there are none. */
    private static double[] finiteRange(float[] values, int rowLength, int stride, int threads) {
        float[][] minMax = new float[Math.max(1, threads)][];
        forEachPart(values.length, rowLength, stride, threads, (part, begin, end) -> {
            float[] m = minMax[part] == null ? new float[] {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}
                    : minMax[part];
            for (int n = begin; n < end; n++) {
                float v = values[n];
                if (v - v == 0) {
                    m[0] = Math.min(m[0], v);
                    m[1] = Math.max(m[1], v);
                }
            }
            minMax[part] = m;
        });
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float[] m : minMax) {
            if (m != null) {
                lo = Math.min(lo, m[0]);
                hi = Math.max(hi, m[1]);
            }
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }

    private interface RowRange {
        void accept(int part, int begin, int end);
    }

    /** Calls back with the sampled rows (index ranges), split into one contiguous share per thread. */
    private static void forEachPart(int length, int rowLength, int stride, int threads, RowRange body) {
        int rows = (length + rowLength - 1) / rowLength;
        int sampled = (rows + stride - 1) / stride;
        int parts = Math.max(1, Math.min(threads, sampled));
        ParallelRange.forEach(parts, parts, part -> {
            int first = (int) ((long) sampled * part / parts);
            int last = (int) ((long) sampled * (part + 1) / parts);
            for (int s = first; s < last; s++) {
                long begin = (long) s * stride * rowLength;
                body.accept(part, (int) begin, (int) Math.min(length, begin + rowLength));
            }
        });
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
