package org.petface.volume.ops;

import java.util.Arrays;
import java.util.Locale;
import org.petface.core.Volume;
import org.petface.core.VoxelUnit;

/** The value above which a voxel is body rather than air: fixed in HU for CT, relative for PET and the rest. */
public record BodyThreshold(double value, String description) {

    /** At most this many voxels are sorted to estimate a percentile (an evenly strided, deterministic sample). */
    private static final int PERCENTILE_SAMPLE = 1 << 20;

    public static BodyThreshold of(Volume volume, HeadCropOptions options) {
        if (volume.unit() == VoxelUnit.HU) {
            return new BodyThreshold(options.ctBodyThresholdHu(),
                    String.format(Locale.ROOT, "> %.0f HU", options.ctBodyThresholdHu()));
        }
        double percentile = percentile(volume.voxels(), options.petPercentile());
        double value = options.petFraction() * percentile;
        return new BodyThreshold(value, String.format(Locale.ROOT, "> %.4g %s (%.0f%% of the %.0fth percentile)",
                value, volume.unit().label(), options.petFraction() * 100, options.petPercentile()));
    }

    /** The p-th percentile (0..100) of the finite values, by nearest rank on a strided sample. */
    static double percentile(float[] values, double p) {
        int stride = Math.max(1, (int) Math.ceil(values.length / (double) PERCENTILE_SAMPLE));
        float[] sample = new float[(values.length + stride - 1) / stride];
        int n = 0;
        for (int i = 0; i < values.length; i += stride) {
            if (Float.isFinite(values[i])) {
                sample[n++] = values[i];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(sample, 0, n);
        int rank = (int) Math.ceil(p / 100.0 * n) - 1;
        return sample[Math.max(0, Math.min(n - 1, rank))];
    }
}
