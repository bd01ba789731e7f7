package org.petface.surface.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunMaskTest {

    private static final int N = 20;

    private static float[] empty() {
        return new float[N * N * N];
    }

    private static void set(float[] v, int i, int j, int k) {
        v[i + N * (j + N * k)] = 1;
    }

    private static RunMask mask(float[] v) {
        return RunMask.above(v, N, N, N, 0.5f, 2);
    }

    @Test
    void diagonalNeighboursAreOneComponentIn26ButNotIn6() {
        float[] v = empty();
        set(v, 3, 3, 3);
        set(v, 4, 4, 4);
        set(v, 10, 10, 10);
        RunMask m = mask(v);
        assertEquals(3, m.voxelCount());
        assertEquals(2, Components.of26(m).count());
        assertEquals(3, Components.of6(m).count());
    }

    @Test
    void largestComponentWinsAndLabelsFollowFirstRun() {
        float[] v = empty();
        for (int i = 2; i < 6; i++) {
            set(v, i, 1, 1);
        }
        for (int k = 5; k < 15; k++) {
            for (int i = 5; i < 15; i++) {
                set(v, i, 8, k);
            }
        }
        Components c = Components.of26(mask(v));
        assertEquals(2, c.count());
        assertEquals(4, c.voxels()[0]);
        assertEquals(1, c.largest(x -> true));
    }

    @Test
    void holeFillingFillsAnEnclosedCavityButNotAnOpenTunnel() {
        float[] v = empty();
        for (int k = 4; k < 16; k++) {
            for (int j = 4; j < 16; j++) {
                for (int i = 4; i < 16; i++) {
                    boolean cavity = i >= 7 && i < 10 && j >= 7 && j < 10 && k >= 7 && k < 10;
                    boolean tunnel = i >= 12 && i < 14 && j >= 12 && j < 14;
                    if (!cavity && !tunnel) {
                        set(v, i, j, k);
                    }
                }
            }
        }
        RunMask m = mask(v);
        RunMask filled = HoleFilling.fill(m);
        assertEquals(m.voxelCount() + 27, filled.voxelCount());
        assertTrue(filled.contains(8, 8, 8));
        assertFalse(filled.contains(12, 12, 10));
        boolean[] noZ = {true, true, true, true, false, false};
        RunMask cutTunnel = HoleFilling.fill(m.clip(2, 6, 13), noZ, new int[] {0, 0, 6}, new int[] {19, 19, 13});
        assertTrue(cutTunnel.contains(12, 12, 10), "a tunnel open only at the cut faces is filled");
    }

    @Test
    void openingRemovesAThinSheetAndKeepsABlock() {
        float[] v = empty();
        for (int k = 2; k < 18; k++) {
            for (int i = 2; i < 18; i++) {
                set(v, i, 15, k);
                for (int j = 3; j < 10; j++) {
                    set(v, i, j, k);
                }
            }
        }
        RunMask opened = Morphology.open(mask(v), 1, 1, 1);
        assertFalse(opened.contains(10, 15, 10));
        assertTrue(opened.contains(10, 5, 10));
        assertEquals(16 * 16 * 7, opened.voxelCount());
        RunMask closed = Morphology.close(mask(v), 0, 3, 0);
        assertTrue(closed.contains(10, 12, 10), "closing bridges the 5-voxel gap");
    }

    @Test
    void bodySelectorCutsAThinBedThatTouchesTheBody() {
        int n = 40;
        float[] v = new float[n * n * n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double r = Math.hypot(i - 20, j - 18);
                    boolean body = r < 12 && k > 5 && k < 35;
                    boolean bed = j == 30 && i > 1 && i < 38;
                    boolean touch = i == 20 && j > 28 && j < 31;
                    if (body || bed || touch) {
                        v[i + n * (j + n * k)] = 1;
                    }
                }
            }
        }
        RunMask m = RunMask.above(v, n, n, n, 0.5f, 2);
        BodySelector.Selection whole = BodySelector.select(m, new int[3], new double[] {1, 1, 1}, 1, 0);
        assertTrue(whole.body().contains(3, 30, 20));
        BodySelector.Selection s = BodySelector.select(m, new int[] {1, 1, 1}, new double[] {1, 1, 1}, 1, 0);
        assertFalse(s.body().contains(3, 30, 20), s.note());
        assertTrue(s.body().contains(20, 18, 20));
        assertTrue(s.body().contains(31, 18, 20), "the body's rim is restored");
    }
}
