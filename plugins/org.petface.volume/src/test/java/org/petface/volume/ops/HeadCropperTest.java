package org.petface.volume.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;

class HeadCropperTest {

    private static final int N = 100;
    private static final int SLICES = 200;

    /** Axial 2 mm grid, k towards superior: a torso cylinder for k < 120, a head ellipsoid for k 122..184. */
    static Volume bodyAndHead(VoxelUnit unit, boolean inferiorFirst) {
        Affine affine = inferiorFirst
                ? Affine.axisAligned(new double[] {-100, -100, -300}, 2, 2, 2)
                : Affine.ofRows(2, 0, 0, -100, 0, 2, 0, -100, 0, 0, -2, 98);
        VoxelGrid grid = new VoxelGrid(N, N, SLICES, affine);
        float[] v = new float[grid.voxelCount()];
        Random noise = new Random(7);
        boolean ct = unit == VoxelUnit.HU;
        for (int k = 0; k < SLICES; k++) {
            int s = inferiorFirst ? k : SLICES - 1 - k;
            for (int j = 0; j < N; j++) {
                for (int i = 0; i < N; i++) {
                    float value = ct ? -1000 + (float) noise.nextGaussian() * 20 : (float) Math.abs(noise.nextGaussian()) * 0.05f;
                    if (inTorso(i, j, s)) {
                        value = ct ? 40 : 1;
                    } else if (inHead(i, j, s)) {
                        value = ct ? 30 : (inBrain(i, j, s) ? 8 : 1.2f);
                    }
                    v[grid.index(i, j, k)] = value;
                }
            }
        }
        return new Volume(grid, v, unit, ct ? Modality.CT : Modality.PT);
    }

    static boolean inTorso(int i, int j, int s) {
        return s < 120 && sq(i - 50) + sq(j - 50) <= sq(35);
    }

    static boolean inHead(int i, int j, int s) {
        return sq(i - 50) / 400.0 + sq(j - 45) / 484.0 + sq(s - 153) / 961.0 <= 1;
    }

    static boolean inBrain(int i, int j, int s) {
        return sq(i - 50) / 225.0 + sq(j - 45) / 289.0 + sq(s - 160) / 400.0 <= 1;
    }

    private static int sq(int x) {
        return x * x;
    }

    /** Every head voxel at or above lowestZ (mm) is in the crop, and every kept voxel has its value. */
    private static void assertKeepsTheHead(Volume in, Volume out, double lowestZ) {
        Affine toOut = out.affine().inverse();
        VoxelGrid g = in.grid();
        for (int k = 0; k < g.nz(); k += 1) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    double[] p = in.affine().apply(i, j, k);
                    double[] q = toOut.apply(p[0], p[1], p[2]);
                    int oi = (int) Math.round(q[0]), oj = (int) Math.round(q[1]), ok = (int) Math.round(q[2]);
                    boolean kept = out.grid().contains(oi, oj, ok);
                    double z = p[2];
                    if (kept) {
                        assertEquals(in.get(i, j, k), out.get(oi, oj, ok));
                    }
                    if (z >= lowestZ && sq(i - 50) / 400.0 + sq(j - 45) / 484.0 <= 1 && in.get(i, j, k) > 0.5) {
                        assertTrue(kept, "head voxel " + i + "," + j + "," + k + " was cut");
                    }
                }
            }
        }
    }

    @Test
    void ctCropKeepsTheHeadAndDropsTheLowerTorso() {
        Volume in = bodyAndHead(VoxelUnit.HU, true);
        Processed result = HeadCropper.crop(in, HeadCropOptions.defaults());
        assertEquals(Status.Code.OK, result.status().code());
        Volume out = result.volume();
        // The ellipsoid's tip (s=184) is a single voxel; s=183 is the first slice with >= 1 cm² of body.
        // 260 mm head + 10 mm margin below it reach s=48; 5 slices margin above.
        assertEquals(188 - 48 + 1, out.grid().nz());
        assertEquals(-300 + 48 * 2, out.affine().translation()[2], 1e-9);
        // In-plane: the torso (radius 35 around 50) plus 5 voxels margin.
        assertEquals(81, out.grid().nx());
        assertEquals(81, out.grid().ny());
        assertKeepsTheHead(in, out, 122 * 2 - 300);
        assertTrue(result.note().contains("superior end at k=183"), result.note());
    }

    @Test
    void petCropWorksWithSlicesStoredSuperiorFirst() {
        Volume in = bodyAndHead(VoxelUnit.SUV_BW, false);
        Processed result = HeadCropper.crop(in, HeadCropOptions.defaults().withHeadHeightMm(100));
        assertTrue(result.status().isOk(), result.status().reason());
        Volume out = result.volume();
        // Head top s=183 is stored at k=16; 100 mm = 50 slices below it, 5 margin each side: k 11..71.
        assertEquals(61, out.grid().nz());
        assertEquals(98 - 2 * 11, out.affine().translation()[2], 1e-9);
        // Torso absent in the kept range: the head's in-plane box (i 30..70, j 23..67) plus 5 voxels margin.
        assertEquals(51, out.grid().nx());
        assertEquals(55, out.grid().ny());
        assertKeepsTheHead(in, out, 66 - 100);
        assertTrue(result.note().contains("percentile"), result.note());
    }

    @Test
    void emptyVolumeIsReturnedUncroppedWithAWarning() {
        Volume air = new Volume(new VoxelGrid(10, 10, 10, Affine.axisAligned(new double[3], 1, 1, 1)),
                filled(1000, -1000f), VoxelUnit.HU, Modality.CT);
        Processed result = HeadCropper.crop(air, HeadCropOptions.defaults());
        assertSame(air, result.volume());
        assertEquals(Status.Code.WARNING, result.status().code());
        assertTrue(result.status().reason().contains("no body"), result.status().reason());
    }

    private static float[] filled(int n, float value) {
        float[] v = new float[n];
        java.util.Arrays.fill(v, value);
        return v;
    }
}
