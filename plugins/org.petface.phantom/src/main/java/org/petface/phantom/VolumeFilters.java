package org.petface.phantom;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Separable Gaussian smoothing and noise fields on i-fastest float volumes. */
final class VolumeFilters {

    private VolumeFilters() {
    }

    /**
     * Smooths in place with Gaussian sigmas given in voxels per axis; edges are clamped. Slices (or
     * planes) go in parallel; each voxel's sum is the same whatever the thread count.
     */
    static void gaussianBlur(float[] data, int nx, int ny, int nz, double sigmaX, double sigmaY, double sigmaZ) {
        blurRows(data, nx, ny, nz, kernel(sigmaX));
        blurAcrossRows(data, nx, ny, nx, nz, nx * ny, kernel(sigmaY));
        blurAcrossRows(data, nx, nz, nx * ny, ny, nx, kernel(sigmaZ));
    }

    /** The standard deviation left of unit white noise after {@link #gaussianBlur} with these sigmas. */
    static double whiteNoiseStdAfterBlur(double sigmaX, double sigmaY, double sigmaZ) {
        return Math.sqrt(sumOfSquares(kernel(sigmaX)) * sumOfSquares(kernel(sigmaY)) * sumOfSquares(kernel(sigmaZ)));
    }

    /** Independent standard normal variates from the given generator. */
    static float[] whiteNoise(SplittableRandom rng, int length) {
        float[] n = new float[length];
        addWhiteNoise(n, 1, rng);
        return n;
    }

    /**
     * Adds independent normal variates of standard deviation sd to every value, in place. Each variate is
     * one of 65536 equiprobable normal quantiles picked by 16 random bits (four per generator call): image
     * noise needs the distribution, not continuous values, and this is an order of magnitude faster than
     * transforming uniform variates one by one.
     */
    static void addWhiteNoise(float[] data, double sd, SplittableRandom rng) {
        float[] table = new float[NormalQuantiles.TABLE.length];
        for (int t = 0; t < table.length; t++) {
            table[t] = (float) (sd * NormalQuantiles.TABLE[t]);
        }
        int i = 0;
        while (i < data.length) {
            long bits = rng.nextLong();
            for (int q = 0; q < 4 && i < data.length; q++, i++) {
                data[i] += table[(int) (bits >>> (16 * q)) & 0xFFFF];
            }
        }
    }

    private static double[] kernel(double sigma) {
        if (sigma <= 0) {
            return new double[] {1};
        }
        int radius = (int) Math.ceil(3 * sigma);
        double[] k = new double[2 * radius + 1];
        double sum = 0;
        for (int t = -radius; t <= radius; t++) {
            k[t + radius] = Math.exp(-0.5 * t * t / (sigma * sigma));
            sum += k[t + radius];
        }
        for (int t = 0; t < k.length; t++) {
            k[t] /= sum;
        }
        return k;
    }

    private static double sumOfSquares(double[] k) {
        double s = 0;
        for (double v : k) {
            s += v * v;
        }
        return s;
    }

    /**
     * Blurs each x row on its own, through an edge-padded copy of the row. The taps go in the outer loop
     * so that the row's sums build up side by side rather than one long dependent chain per voxel.
     */
    private static void blurRows(float[] data, int nx, int ny, int nz, double[] k) {
        if (k.length == 1) {
            return;
        }
        int radius = k.length / 2;
        IntStream.range(0, nz).parallel().forEach(slice -> {
            float[] padded = new float[nx + 2 * radius];
            double[] sum = new double[nx];
            for (int row = slice * ny; row < (slice + 1) * ny; row++) {
                int start = row * nx;
                System.arraycopy(data, start, padded, radius, nx);
                Arrays.fill(padded, 0, radius, data[start]);
                Arrays.fill(padded, radius + nx, padded.length, data[start + nx - 1]);
                Arrays.fill(sum, 0);
                for (int q = 0; q < k.length; q++) {
                    double w = k[q];
                    for (int t = 0; t < nx; t++) {
                        sum[t] += w * padded[t + q];
                    }
                }
                for (int t = 0; t < nx; t++) {
                    data[start + t] = (float) sum[t];
                }
            }
        });
    }

    /**
     * Blurs along y (or z) a whole x row at a time: group g holds length rows of nx values, rowStride
     * apart, starting at g * groupStride. Each output is summed over the same taps in the same order as
     * along a single line, so the values equal a line-by-line blur; reading whole rows keeps the strided
     * axis cache friendly.
     */
    private static void blurAcrossRows(float[] data, int nx, int length, int rowStride, int groups,
                                       int groupStride, double[] k) {
        if (k.length == 1) {
            return;
        }
        int radius = k.length / 2;
        IntStream.range(0, groups).parallel().forEach(g -> {
            float[] padded = new float[(length + 2 * radius) * nx];
            double[] sum = new double[nx];
            int start = g * groupStride;
            for (int t = -radius; t < length + radius; t++) {
                int u = Math.max(0, Math.min(length - 1, t));
                System.arraycopy(data, start + u * rowStride, padded, (t + radius) * nx, nx);
            }
            for (int t = 0; t < length; t++) {
                Arrays.fill(sum, 0);
                for (int q = 0; q < k.length; q++) {
                    double w = k[q];
                    int from = (t + q) * nx;
                    for (int i = 0; i < nx; i++) {
                        sum[i] += w * padded[from + i];
                    }
                }
                int to = start + t * rowStride;
                for (int i = 0; i < nx; i++) {
                    data[to + i] = (float) sum[i];
                }
            }
        });
    }
}
