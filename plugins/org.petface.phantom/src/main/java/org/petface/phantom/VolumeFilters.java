package org.petface.phantom;

import java.util.SplittableRandom;

/** Separable Gaussian smoothing and noise fields on i-fastest float volumes. */
final class VolumeFilters {

    private VolumeFilters() {
    }

    /** Smooths in place with Gaussian sigmas given in voxels per axis; edges are clamped. */
    static void gaussianBlur(float[] data, int nx, int ny, int nz, double sigmaX, double sigmaY, double sigmaZ) {
        blurAxis(data, nx, ny, nz, kernel(sigmaX), 1, nx);
        blurAxis(data, nx, ny, nz, kernel(sigmaY), nx, ny);
        blurAxis(data, nx, ny, nz, kernel(sigmaZ), nx * ny, nz);
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

    private static void blurAxis(float[] data, int nx, int ny, int nz, double[] k, int stride, int length) {
        if (k.length == 1) {
            return;
        }
        int radius = k.length / 2;
        float[] line = new float[length];
        int lines = nx * ny * nz / length;
        for (int l = 0; l < lines; l++) {
            int start = lineStart(l, stride, nx, ny);
            for (int t = 0; t < length; t++) {
                line[t] = data[start + t * stride];
            }
            for (int t = 0; t < length; t++) {
                double s = 0;
                for (int q = -radius; q <= radius; q++) {
                    int u = Math.max(0, Math.min(length - 1, t + q));
                    s += k[q + radius] * line[u];
                }
                data[start + t * stride] = (float) s;
            }
        }
    }

    /** The first index of line l of the lines that run along the axis with this stride. */
    private static int lineStart(int l, int stride, int nx, int ny) {
        if (stride == 1) {
            return l * nx;
        }
        if (stride == nx) {
            int k = l / nx;
            int i = l % nx;
            return k * nx * ny + i;
        }
        return l;
    }
}
