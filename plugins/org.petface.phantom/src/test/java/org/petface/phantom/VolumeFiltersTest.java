package org.petface.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VolumeFiltersTest {

    @Test
    void whiteNoiseHasTheRequestedSpreadAndBlurredNoiseTheComputedOne() {
        int nx = 64;
        float[] noise = new float[nx * nx * nx];
        VolumeFilters.addWhiteNoise(noise, 12, new SplittableRandom(3));
        assertEquals(0, mean(noise), 0.1);
        assertEquals(12, sd(noise), 0.1);
        VolumeFilters.gaussianBlur(noise, nx, nx, nx, 1, 1, 1);
        // edges are clamped, so compare away from them
        float[] interior = new float[(nx - 8) * (nx - 8) * (nx - 8)];
        int n = 0;
        for (int k = 4; k < nx - 4; k++) {
            for (int j = 4; j < nx - 4; j++) {
                for (int i = 4; i < nx - 4; i++) {
                    interior[n++] = noise[i + nx * (j + nx * k)];
                }
            }
        }
        assertEquals(12 * VolumeFilters.whiteNoiseStdAfterBlur(1, 1, 1), sd(interior), 0.05);
    }

    @Test
    void blurKeepsAConstantField() {
        float[] v = new float[20 * 10 * 5];
        java.util.Arrays.fill(v, 3.5f);
        VolumeFilters.gaussianBlur(v, 20, 10, 5, 2, 1.5, 0.7);
        for (float f : v) {
            assertEquals(3.5, f, 1e-5);
        }
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f;
        }
        return s / v.length;
    }

    private static double sd(float[] v) {
        double m = mean(v);
        double s = 0;
        for (float f : v) {
            s += (f - m) * (f - m);
        }
        return Math.sqrt(s / v.length);
    }
}
