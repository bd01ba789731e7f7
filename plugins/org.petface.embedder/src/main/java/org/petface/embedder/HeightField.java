package org.petface.embedder;

import java.util.Arrays;

/**
 * Heights (mm toward the camera) on a square metric grid laid over an orthographic render's image plane, NaN where
 * no surface was seen. Cell (i, j) has its centre at (a, b) = ((i + 0.5) g, (j + 0.5) g) mm, a to the image's right
 * and b down the image, g the spacing.
 */
final class HeightField {

    final int nx;
    final int ny;
    final double spacingMm;
    final float[] heights;

    HeightField(int nx, int ny, double spacingMm, float[] heights) {
        if (heights.length != nx * ny) {
            throw new IllegalArgumentException("height field of " + nx + "x" + ny + " needs " + nx * ny + " cells");
        }
        this.nx = nx;
        this.ny = ny;
        this.spacingMm = spacingMm;
        this.heights = heights;
    }

    /**
     * The render's depth map (pixels of mmPerPixel) as heights on cells of spacingMm: the mean of the surface
     * pixels whose centres fall in a cell when pixels are finer than cells (a cell needs half of its pixels on the
     * surface), else the pixel under the cell's centre.
     */
    static HeightField resample(float[] depthMm, int width, int height, double mmPerPixel, double spacingMm) {
        int nx = (int) Math.ceil(width * mmPerPixel / spacingMm);
        int ny = (int) Math.ceil(height * mmPerPixel / spacingMm);
        float[] h = new float[nx * ny];
        if (mmPerPixel < spacingMm) {
            double[] sum = new double[nx * ny];
            int[] hits = new int[nx * ny];
            int[] pixels = new int[nx * ny];
            for (int r = 0; r < height; r++) {
                int j = Math.min(ny - 1, (int) ((r + 0.5) * mmPerPixel / spacingMm));
                for (int c = 0; c < width; c++) {
                    int cell = Math.min(nx - 1, (int) ((c + 0.5) * mmPerPixel / spacingMm)) + nx * j;
                    pixels[cell]++;
                    float d = depthMm[c + width * r];
                    if (!Float.isNaN(d)) {
                        sum[cell] -= d;
                        hits[cell]++;
                    }
                }
            }
            for (int n = 0; n < h.length; n++) {
                h[n] = hits[n] > 0 && 2 * hits[n] >= pixels[n] ? (float) (sum[n] / hits[n]) : Float.NaN;
            }
        } else {
            for (int j = 0; j < ny; j++) {
                int r = Math.min(height - 1, (int) ((j + 0.5) * spacingMm / mmPerPixel));
                for (int i = 0; i < nx; i++) {
                    int c = Math.min(width - 1, (int) ((i + 0.5) * spacingMm / mmPerPixel));
                    h[i + nx * j] = -depthMm[c + width * r];
                }
            }
        }
        return new HeightField(nx, ny, spacingMm, h);
    }

    boolean valid(int i, int j) {
        return i >= 0 && j >= 0 && i < nx && j < ny && !Float.isNaN(heights[i + nx * j]);
    }

    float at(int i, int j) {
        return heights[i + nx * j];
    }

    /**
     * Gaussian smoothing (sigma in mm) that averages only over surface cells (normalised convolution), so the
     * background does not pull heights down at the silhouette; background cells stay NaN.
     */
    HeightField smoothed(double sigmaMm) {
        double sigma = sigmaMm / spacingMm;
        int radius = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * radius + 1];
        for (int k = -radius; k <= radius; k++) {
            kernel[k + radius] = Math.exp(-0.5 * k * k / (sigma * sigma));
        }
        double[] value = new double[heights.length];
        double[] weight = new double[heights.length];
        for (int n = 0; n < heights.length; n++) {
            if (!Float.isNaN(heights[n])) {
                value[n] = heights[n];
                weight[n] = 1;
            }
        }
        value = convolve(convolve(value, kernel, true), kernel, false);
        weight = convolve(convolve(weight, kernel, true), kernel, false);
        float[] out = new float[heights.length];
        for (int n = 0; n < out.length; n++) {
            out[n] = Float.isNaN(heights[n]) ? Float.NaN : (float) (value[n] / weight[n]);
        }
        return new HeightField(nx, ny, spacingMm, out);
    }

    /**
     * The median of the surface cells within a square of radius cells around each surface cell: removes the pits
     * and bumps that noise leaves on a PET surface without blurring edges; background cells stay NaN.
     */
    HeightField median(int radius) {
        float[] out = new float[heights.length];
        float[] window = new float[(2 * radius + 1) * (2 * radius + 1)];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (!valid(i, j)) {
                    out[i + nx * j] = Float.NaN;
                    continue;
                }
                int count = 0;
                for (int dj = -radius; dj <= radius; dj++) {
                    for (int di = -radius; di <= radius; di++) {
                        if (valid(i + di, j + dj)) {
                            window[count++] = at(i + di, j + dj);
                        }
                    }
                }
                Arrays.sort(window, 0, count);
                out[i + nx * j] = count % 2 == 1 ? window[count / 2] : (window[count / 2 - 1] + window[count / 2]) / 2;
            }
        }
        return new HeightField(nx, ny, spacingMm, out);
    }

    /** This minus other, cell by cell (NaN where either is). */
    HeightField minus(HeightField other) {
        float[] out = new float[heights.length];
        for (int n = 0; n < out.length; n++) {
            out[n] = heights[n] - other.heights[n];
        }
        return new HeightField(nx, ny, spacingMm, out);
    }

    private double[] convolve(double[] in, double[] kernel, boolean alongRows) {
        int radius = kernel.length / 2;
        double[] out = new double[in.length];
        int lines = alongRows ? ny : nx;
        int length = alongRows ? nx : ny;
        int step = alongRows ? 1 : nx;
        for (int line = 0; line < lines; line++) {
            int base = alongRows ? line * nx : line;
            for (int p = 0; p < length; p++) {
                double s = 0;
                int from = Math.max(0, p - radius);
                int to = Math.min(length - 1, p + radius);
                for (int q = from; q <= to; q++) {
                    s += kernel[q - p + radius] * in[base + q * step];
                }
                out[base + p * step] = s;
            }
        }
        return out;
    }

    /** Bilinear height at (a, b) mm; NaN unless all four surrounding cells are surface. */
    double sample(double a, double b) {
        double x = a / spacingMm - 0.5;
        double y = b / spacingMm - 0.5;
        int i = (int) Math.floor(x);
        int j = (int) Math.floor(y);
        if (!valid(i, j) || !valid(i + 1, j) || !valid(i, j + 1) || !valid(i + 1, j + 1)) {
            return Double.NaN;
        }
        double fx = x - i;
        double fy = y - j;
        return (1 - fy) * ((1 - fx) * at(i, j) + fx * at(i + 1, j)) + fy * ((1 - fx) * at(i, j + 1) + fx * at(i + 1, j + 1));
    }

    /** The surface cell {i, j} of greatest height within the window (inclusive), or null if none. */
    int[] argMax(int iMin, int iMax, int jMin, int jMax) {
        int best = -1;
        for (int j = Math.max(0, jMin); j <= Math.min(ny - 1, jMax); j++) {
            for (int i = Math.max(0, iMin); i <= Math.min(nx - 1, iMax); i++) {
                if (valid(i, j) && (best < 0 || at(i, j) > heights[best])) {
                    best = i + nx * j;
                }
            }
        }
        return best < 0 ? null : new int[] {best % nx, best / nx};
    }
}
