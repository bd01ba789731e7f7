package org.petface.render;

import java.util.Objects;
import org.petface.core.Affine;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
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

    /** Voxels kept around a body's box by {@link #within}: the surface's cells and its normals' neighbours. */
    private static final int MARGIN = 2;

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

    /**
     * The iso-surface of the volume restricted to a body mask (e.g. stage 3's selected component): the voxels in a
     * box around the body (with a margin of {@link #MARGIN} voxels, so the surface closes and its normals see
     * outside), those outside the body clamped below the iso value. The ray caster then reads a small dense block
     * instead of the whole volume and a per-voxel mask.
     */
    public static IsoSurface within(Volume volume, double isoValue, RunMask body) {
        VoxelGrid g = volume.grid();
        if (body.nx() != g.nx() || body.ny() != g.ny() || body.nz() != g.nz()) {
            throw new IllegalArgumentException("body mask " + body.nx() + "x" + body.ny() + "x" + body.nz()
                    + " does not match the volume " + g.nx() + "x" + g.ny() + "x" + g.nz());
        }
        int[] box = body.boundingBox();
        if (box == null) {
            return new IsoSurface(volume, isoValue, new boolean[g.voxelCount()], new int[] {0, 0, 0, -1, -1, -1});
        }
        int[] full = {g.nx(), g.ny(), g.nz()};
        int[] lo = new int[3];
        int[] size = new int[3];
        for (int a = 0; a < 3; a++) {
            lo[a] = Math.max(0, box[a] - MARGIN);
            size[a] = Math.max(2, Math.min(full[a], box[a + 3] + MARGIN + 1) - lo[a]);
            lo[a] = Math.min(lo[a], full[a] - size[a]);
        }
        float below = below(isoValue);
        float[] src = volume.voxels();
        float[] block = new float[size[0] * size[1] * size[2]];
        byte[] flags = new byte[g.nx()];
        for (int k = 0; k < size[2]; k++) {
            for (int j = 0; j < size[1]; j++) {
                int row = (lo[1] + j) + g.ny() * (lo[2] + k);
                body.fillRow(row, flags, 0);
                int from = row * g.nx() + lo[0];
                int to = size[0] * (j + size[1] * k);
                for (int i = 0; i < size[0]; i++) {
                    float v = src[from + i];
                    block[to + i] = flags[lo[0] + i] != 0 ? v : Math.min(v, below);
                }
            }
        }
        double[] origin = volume.affine().apply(lo[0], lo[1], lo[2]);
        double[] m = volume.affine().rows().clone();
        m[3] = origin[0];
        m[7] = origin[1];
        m[11] = origin[2];
        VoxelGrid sub = new VoxelGrid(size[0], size[1], size[2], Affine.ofRows(m));
        return new IsoSurface(new Volume(sub, block, volume.unit(), volume.modality()), isoValue);
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
        return below(isoValue);
    }

    private static float below(double isoValue) {
        float f = (float) isoValue;
        return f >= isoValue ? Math.nextDown(f) : f;
    }
}
