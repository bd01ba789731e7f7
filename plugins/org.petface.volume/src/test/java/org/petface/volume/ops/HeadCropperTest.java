package org.petface.volume.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;

class HeadCropperTest {

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
                    boolean inHeadColumn = SyntheticBody.sq(i - 50) / 400.0 + SyntheticBody.sq(j - 45) / 484.0 <= 1;
                    if (z >= lowestZ && inHeadColumn && in.get(i, j, k) > 0.5) {
                        assertTrue(kept, "head voxel " + i + "," + j + "," + k + " was cut");
                    }
                }
            }
        }
    }

    @Test
    void ctCropKeepsTheHeadAndDropsTheLowerTorso() {
        Volume in = SyntheticBody.bodyAndHead(VoxelUnit.HU, true);
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
        Volume in = SyntheticBody.bodyAndHead(VoxelUnit.SUV_BW, false);
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
