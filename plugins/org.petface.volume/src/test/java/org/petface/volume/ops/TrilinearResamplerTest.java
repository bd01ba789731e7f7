package org.petface.volume.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;

class TrilinearResamplerTest {

    private static final double[] RAMP = {0.7, -1.3, 2.1, 5};

    static Affine oblique() {
        double c = Math.cos(0.25), s = Math.sin(0.25);
        return Affine.fromDicom(new double[] {-30, 12, 40}, new double[] {c, s, 0}, new double[] {-s, c, 0},
                1.5, 1.25, new double[] {0, 0, 3});
    }

    /** Values that are a linear function of the patient position. */
    static Volume ramp(int nx, int ny, int nz, Affine affine) {
        VoxelGrid grid = new VoxelGrid(nx, ny, nz, affine);
        float[] v = new float[grid.voxelCount()];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    v[grid.index(i, j, k)] = (float) rampAt(affine.apply(i, j, k));
                }
            }
        }
        return new Volume(grid, v, VoxelUnit.HU, Modality.CT);
    }

    static double rampAt(double[] p) {
        return RAMP[0] * p[0] + RAMP[1] * p[1] + RAMP[2] * p[2] + RAMP[3];
    }

    @Test
    void linearRampIsReproducedWhereverTheNewGridLiesInsideTheOld() {
        Volume in = ramp(20, 16, 10, oblique());
        Volume out = TrilinearResampler.resample(in, 1.0, 2).volume();
        Affine toOldIndex = in.affine().inverse();
        int inside = 0;
        VoxelGrid g = out.grid();
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    double[] p = out.affine().apply(i, j, k);
                    double[] old = toOldIndex.apply(p[0], p[1], p[2]);
                    if (old[0] < -1e-9 || old[1] < -1e-9 || old[2] < -1e-9
                            || old[0] > 19 + 1e-9 || old[1] > 15 + 1e-9 || old[2] > 9 + 1e-9) {
                        continue;
                    }
                    inside++;
                    assertEquals(rampAt(p), out.get(i, j, k), 2e-3, "voxel " + i + "," + j + "," + k);
                }
            }
        }
        assertTrue(inside > 0.75 * g.voxelCount(), "most new voxels lie inside the old grid: " + inside);
    }

    @Test
    void keepsExtentCentreAndOrientation() {
        Volume in = ramp(20, 16, 10, oblique());
        Volume out = TrilinearResampler.resample(in, 1.0, 1).volume();
        assertEquals(30, out.grid().nx());
        assertEquals(20, out.grid().ny());
        assertEquals(30, out.grid().nz());
        assertArrayEquals(new double[] {1, 1, 1}, out.grid().spacing(), 1e-12);
        for (int a = 0; a < 3; a++) {
            double[] before = in.affine().axis(a);
            double[] after = out.affine().axis(a);
            for (int r = 0; r < 3; r++) {
                assertEquals(before[r] / in.affine().spacing(a), after[r], 1e-12);
            }
        }
        double[] centreIn = in.affine().apply(9.5, 7.5, 4.5);
        double[] centreOut = out.affine().apply(14.5, 9.5, 14.5);
        assertArrayEquals(centreIn, centreOut, 1e-9);
    }

    @Test
    void sameResultForAnyThreadCountAndNoWorkAtTargetSpacing() {
        Volume in = ramp(20, 16, 10, oblique());
        float[] one = TrilinearResampler.resample(in, 0.9, 1).volume().voxels();
        float[] three = TrilinearResampler.resample(in, 0.9, 3).volume().voxels();
        assertArrayEquals(one, three);

        Volume iso = ramp(4, 4, 4, Affine.axisAligned(new double[3], 2, 2, 2));
        Processed same = TrilinearResampler.resample(iso, 2, 2);
        assertSame(iso, same.volume());
        assertTrue(same.note().contains("already"));
    }
}
