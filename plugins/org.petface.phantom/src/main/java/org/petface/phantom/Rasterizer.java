package org.petface.phantom;

import java.util.stream.IntStream;
import org.petface.core.VoxelGrid;

/**
 * Samples a scene on an axis-aligned voxel grid, slice by slice, coarse to fine: a square block of a
 * slice whose every boundary is farther than the block's radius takes one value; other blocks split
 * into quarters down to single voxels. Only the narrow bands around surfaces cost per-voxel work.
 * Slices are sampled in parallel.
 */
final class Rasterizer {

    private static final int TOP_BLOCK = 32;
    private static final int LEAF_BLOCK = 2;

    private Rasterizer() {
    }

    /** The scene's values on the grid (i fastest), blended over an edge width of one in-plane voxel. */
    static float[] rasterize(PhantomScene scene, VoxelGrid grid) {
        double[] o = grid.affine().apply(0, 0, 0);
        double sx = grid.affine().get(0, 0);
        double sy = grid.affine().get(1, 1);
        double sz = grid.affine().get(2, 2);
        double w = Math.min(Math.abs(sx), Math.abs(sy));
        float[] out = new float[grid.voxelCount()];
        // slices are independent and each writes only its own voxels, so any thread count gives the same volume
        IntStream.range(0, grid.nz()).parallel().forEach(k -> {
            Slice slice = new Slice(scene, grid, out, o[0], o[1], o[2] + k * sz, k * grid.nx() * grid.ny(), sx, sy, w);
            for (int j = 0; j < grid.ny(); j += TOP_BLOCK) {
                for (int i = 0; i < grid.nx(); i += TOP_BLOCK) {
                    slice.block(i, j, TOP_BLOCK);
                }
            }
        });
        return out;
    }

    /** The brute-force reference: every voxel evaluated on its own (for tests). */
    static float[] rasterizeEveryVoxel(PhantomScene scene, VoxelGrid grid) {
        double w = Math.min(grid.affine().spacing(0), grid.affine().spacing(1));
        float[] out = new float[grid.voxelCount()];
        for (int k = 0; k < grid.nz(); k++) {
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    double[] p = grid.affine().apply(i, j, k);
                    out[grid.index(i, j, k)] = (float) scene.sample(p[0], p[1], p[2], w, 0);
                }
            }
        }
        return out;
    }

    private static final class Slice {
        private final PhantomScene scene;
        private final float[] out;
        private final int nx;
        private final int ny;
        private final double x0;
        private final double y0;
        private final double sx;
        private final double sy;
        private final double w;
        private final double z;
        private final int offset;

        Slice(PhantomScene scene, VoxelGrid grid, float[] out, double x0, double y0, double z, int offset,
              double sx, double sy, double w) {
            this.scene = scene;
            this.out = out;
            this.nx = grid.nx();
            this.ny = grid.ny();
            this.x0 = x0;
            this.y0 = y0;
            this.z = z;
            this.offset = offset;
            this.sx = sx;
            this.sy = sy;
            this.w = w;
        }

        void block(int i0, int j0, int size) {
            int i1 = Math.min(i0 + size, nx);
            int j1 = Math.min(j0 + size, ny);
            if (i0 >= i1 || j0 >= j1) {
                return;
            }
            if (size > LEAF_BLOCK) {
                double ci = 0.5 * (i0 + i1 - 1);
                double cj = 0.5 * (j0 + j1 - 1);
                double radius = 0.5 * Math.hypot((i1 - i0 - 1) * sx, (j1 - j0 - 1) * sy);
                double v = scene.sample(x0 + ci * sx, y0 + cj * sy, z, w, radius);
                if (!Double.isNaN(v)) {
                    fill(i0, i1, j0, j1, (float) v);
                    return;
                }
                int half = size / 2;
                block(i0, j0, half);
                block(i0 + half, j0, half);
                block(i0, j0 + half, half);
                block(i0 + half, j0 + half, half);
                return;
            }
            for (int j = j0; j < j1; j++) {
                for (int i = i0; i < i1; i++) {
                    out[offset + j * nx + i] = (float) scene.sample(x0 + i * sx, y0 + j * sy, z, w, 0);
                }
            }
        }

        private void fill(int i0, int i1, int j0, int j1, float v) {
            for (int j = j0; j < j1; j++) {
                java.util.Arrays.fill(out, offset + j * nx + i0, offset + j * nx + i1, v);
            }
        }
    }
}
