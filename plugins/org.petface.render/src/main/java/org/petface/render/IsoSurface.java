package org.petface.render;

import java.util.Objects;
import org.petface.core.Volume;
import org.petface.surface.mask.RunMask;

/**
 * The surface {@code value = isoValue} of a volume, inside where {@code value >= isoValue}, as the ray caster
 * renders it. When {@code keep} is given (one flag per voxel, e.g. the body component of stage 3), only kept voxels
 * can be inside, so other components (the couch, noise) vanish.
 *
 * @param keptBox the voxel box (i0, j0, k0, i1, j1, k1, inclusive) holding every kept voxel, so the empty-space index
 *                need not look outside it; null when nothing is masked, empty box {0,0,0,-1,-1,-1} when nothing is kept
 */
public record IsoSurface(Volume volume, double isoValue, boolean[] keep, int[] keptBox) {

    public IsoSurface {
        Objects.requireNonNull(volume, "volume");
        if (!Double.isFinite(isoValue)) {
            throw new IllegalArgumentException("iso value must be finite, got " + isoValue);
        }
        if (keep != null && keep.length != volume.voxels().length) {
            throw new IllegalArgumentException("keep mask has " + keep.length + " flags for "
                    + volume.voxels().length + " voxels");
        }
        if (keep != null && (keptBox == null || keptBox.length != 6)) {
            throw new IllegalArgumentException("a keep mask needs the box of its kept voxels");
        }
        if (volume.grid().nx() < 2 || volume.grid().ny() < 2 || volume.grid().nz() < 2) {
            throw new IllegalArgumentException("an iso-surface needs at least 2 voxels along each axis");
        }
    }

    public IsoSurface(Volume volume, double isoValue) {
        this(volume, isoValue, null, null);
    }

    /** The iso-surface restricted to the voxels whose flag in keep is set (one flag per voxel, x fastest). */
    public IsoSurface(Volume volume, double isoValue, boolean[] keep) {
        this(volume, isoValue, keep, keep == null ? null : boxOf(keep, volume.grid().nx(), volume.grid().ny()));
    }

    /** The iso-surface of the volume restricted to a body mask (e.g. stage 3's selected component). */
    public static IsoSurface within(Volume volume, double isoValue, RunMask body) {
        var g = volume.grid();
        if (body.nx() != g.nx() || body.ny() != g.ny() || body.nz() != g.nz()) {
            throw new IllegalArgumentException("body mask " + body.nx() + "x" + body.ny() + "x" + body.nz()
                    + " does not match the volume " + g.nx() + "x" + g.ny() + "x" + g.nz());
        }
        int[] box = body.boundingBox();
        boolean[] keep = new boolean[g.voxelCount()];
        for (int row = 0; row < body.rowCount(); row++) {
            int offset = row * g.nx();
            for (int r = body.firstRun(row), end = body.firstRun(row + 1); r < end; r++) {
                java.util.Arrays.fill(keep, offset + body.runBegin(r), offset + body.runEnd(r), true);
            }
        }
        return new IsoSurface(volume, isoValue, keep, box != null ? box : new int[] {0, 0, 0, -1, -1, -1});
    }

    private static int[] boxOf(boolean[] keep, int nx, int ny) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, -1};
        for (int n = 0; n < keep.length; n++) {
            if (keep[n]) {
                int[] ijk = {n % nx, (n / nx) % ny, n / (nx * ny)};
                for (int a = 0; a < 3; a++) {
                    box[a] = Math.min(box[a], ijk[a]);
                    box[a + 3] = Math.max(box[a + 3], ijk[a]);
                }
            }
        }
        return box[3] < 0 ? new int[] {0, 0, 0, -1, -1, -1} : box;
    }

    /** The value the surface sees at linear voxel index n: outside voxels that are not kept count as below. */
    float value(int n) {
        float v = volume.voxels()[n];
        return keep == null || keep[n] ? v : Math.min(v, below());
    }

    /** The largest float below the iso value: what a voxel outside the kept mask is clamped to. */
    private float below() {
        float f = (float) isoValue;
        return f >= isoValue ? Math.nextDown(f) : f;
    }
}
