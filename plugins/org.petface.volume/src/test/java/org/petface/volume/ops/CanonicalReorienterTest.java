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

class CanonicalReorienterTest {

    /** A sagittal-like grid: i runs inferior, j runs left, k runs anterior; slightly tilted. */
    static Volume scrambled() {
        double c = Math.cos(0.1), s = Math.sin(0.1);
        Affine affine = Affine.ofRows(
                0, 0.9 * c, 0, 10,
                0, 0.9 * s, -2.0, -5,
                -1.1, 0, 0, 70);
        VoxelGrid grid = new VoxelGrid(5, 4, 3, affine);
        float[] v = new float[grid.voxelCount()];
        for (int n = 0; n < v.length; n++) {
            v[n] = n;
        }
        return new Volume(grid, v, VoxelUnit.BQML, Modality.PT);
    }

    @Test
    void everyVoxelKeepsItsValueAtItsPatientPosition() {
        Volume in = scrambled();
        Volume out = CanonicalReorienter.reorient(in).volume();
        assertEquals(4, out.grid().nx());
        assertEquals(3, out.grid().ny());
        assertEquals(5, out.grid().nz());
        assertTrue(CanonicalReorienter.axisMapOf(out.affine()).isIdentity());
        VoxelGrid g = in.grid();
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    double[] p = in.affine().apply(i, j, k);
                    double[] q = out.affine().inverse().apply(p[0], p[1], p[2]);
                    int[] n = {(int) Math.round(q[0]), (int) Math.round(q[1]), (int) Math.round(q[2])};
                    assertArrayEquals(p, out.affine().apply(n[0], n[1], n[2]), 1e-12);
                    assertEquals(in.get(i, j, k), out.get(n[0], n[1], n[2]));
                }
            }
        }
        assertEquals(VoxelUnit.BQML, out.unit());
    }

    @Test
    void canonicalVolumeIsLeftAlone() {
        Volume out = CanonicalReorienter.reorient(scrambled()).volume();
        Processed again = CanonicalReorienter.reorient(out);
        assertSame(out, again.volume());
        assertTrue(again.note().contains("already"));
    }

    @Test
    void describesTheAxisMap() {
        CanonicalReorienter.AxisMap map = CanonicalReorienter.axisMapOf(scrambled().affine());
        assertEquals("+j,-k,-i", map.describe());
    }
}
