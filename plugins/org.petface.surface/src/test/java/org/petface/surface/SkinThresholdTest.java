package org.petface.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;

class SkinThresholdTest {

    private static Volume volume(float[] v, VoxelUnit unit) {
        return new Volume(new VoxelGrid(v.length, 1, 1, Affine.axisAligned(new double[3], 1, 1, 1)), v, unit,
                unit == VoxelUnit.HU ? Modality.CT : Modality.PT);
    }

    @Test
    void otsuSplitsTwoClassesBetweenTheirMeans() {
        // 70% air at -1000 and 30% tissue at 40 HU, both with 20 HU noise.
        SplittableRandom rng = new SplittableRandom(3);
        float[] v = new float[100_000];
        for (int n = 0; n < v.length; n++) {
            v[n] = (float) ((n % 10 < 7 ? -1000 : 40) + 20 * rng.nextGaussian());
        }
        double t = new SkinThreshold.Otsu().choose(volume(v, VoxelUnit.HU), 2).value();
        // Otsu's criterion is flat across the empty gap between the classes; any split in the gap is right.
        assertTrue(t > -940 && t < -20, "Otsu " + t);
    }

    @Test
    void otsuOnAKnownHistogramMaximisesTheBetweenClassVariance() {
        // Bins 0..7 with counts; by hand the best split is between bins 2 and 3 (classes {0,1,2} and {3..7}).
        long[] counts = {10, 40, 10, 0, 5, 30, 30, 5};
        ValueHistogram h = ValueHistogram.ofCounts(0, 1, counts);
        double best = -1;
        int bestEdge = 0;
        for (int edge = 1; edge < 8; edge++) {
            double n0 = 0;
            double s0 = 0;
            double n1 = 0;
            double s1 = 0;
            for (int b = 0; b < 8; b++) {
                if (b < edge) {
                    n0 += counts[b];
                    s0 += counts[b] * (b + 0.5);
                } else {
                    n1 += counts[b];
                    s1 += counts[b] * (b + 0.5);
                }
            }
            double between = n0 * n1 * Math.pow(s0 / n0 - s1 / n1, 2);
            if (between > best) {
                best = between;
                bestEdge = edge;
            }
        }
        assertEquals(bestEdge, h.otsu(), 1e-12);
        assertEquals(3, bestEdge);
    }

    @Test
    void percentileOfAUniformRamp() {
        float[] v = new float[10_001];
        for (int n = 0; n < v.length; n++) {
            v[n] = n / 1000f;
        }
        double t = new SkinThreshold.Percentile(95).choose(volume(v, VoxelUnit.SUV_BW), 2).value();
        assertEquals(9.5, t, 0.001);
        assertEquals(2.5, ValueHistogram.ofCounts(0, 1, new long[] {1, 1, 1, 1, 1}).quantile(0.5), 1e-12);
    }

    @Test
    void adaptiveIgnoresHowMuchAirThereIs() {
        // Air noise near 0, a body of soft tissue around 1 SUV and a brain around 8 SUV.
        for (int air : new int[] {20_000, 200_000}) {
            SplittableRandom rng = new SplittableRandom(5);
            float[] v = new float[air + 10_000];
            for (int n = 0; n < v.length; n++) {
                double x = n < air ? 0.01 * Math.abs(rng.nextGaussian())
                        : n < air + 7_000 ? 1 + 0.1 * rng.nextGaussian() : 8 + 0.5 * rng.nextGaussian();
                v[n] = (float) x;
            }
            Volume vol = volume(v, VoxelUnit.SUV_BW);
            double t = new SkinThreshold.Adaptive().choose(vol, 2).value();
            assertEquals(0.5, t, 0.06, "adaptive with " + air + " air voxels");
        }
    }

    @Test
    void parsesSpecsAndRejectsNonsense() {
        assertInstanceOf(SkinThreshold.Otsu.class, SkinThreshold.parse("otsu"));
        assertInstanceOf(SkinThreshold.Adaptive.class, SkinThreshold.parse("Adaptive"));
        assertEquals(new SkinThreshold.Percentile(95), SkinThreshold.parse("percentile:95"));
        assertEquals(new SkinThreshold.Fixed(-300), SkinThreshold.parse("-300"));
        assertEquals("percentile:95", new SkinThreshold.Percentile(95).spec());
        assertThrows(IllegalArgumentException.class, () -> SkinThreshold.parse("percentile:100"));
        assertThrows(IllegalArgumentException.class, () -> SkinThreshold.parse("median"));
    }
}
