package org.petface.render;

import java.util.stream.IntStream;

/**
 * The empty-space index of an iso-surface: the volume's cells (the boxes between 8 neighbouring voxel centres)
 * grouped into bricks of SIZE^3 cells, with the lowest and highest value among each brick's corner voxels
 * (conservatively: among the voxels of its own and its next neighbours' blocks). A ray skips every brick whose
 * maximum is below the iso value; a brick whose minimum is at or above it holds no surface inside.
 */
final class BrickGrid {

    static final int SIZE = 8;

    private final int bx;
    private final int by;
    private final int bz;
    private final float[] min;
    private final float[] max;

    private BrickGrid(int bx, int by, int bz, float[] min, float[] max) {
        this.bx = bx;
        this.by = by;
        this.bz = bz;
        this.min = min;
        this.max = max;
    }

    static BrickGrid build(IsoSurface surface) {
        var grid = surface.volume().grid();
        int nx = grid.nx();
        int ny = grid.ny();
        int nz = grid.nz();
        // per-block extremes of the voxels in [b * SIZE, b * SIZE + SIZE) on each axis
        int cx = ceilDiv(nx, SIZE);
        int cy = ceilDiv(ny, SIZE);
        int cz = ceilDiv(nz, SIZE);
        float[] blockMin = new float[cx * cy * cz];
        float[] blockMax = new float[cx * cy * cz];
        java.util.Arrays.fill(blockMin, Float.NEGATIVE_INFINITY);
        java.util.Arrays.fill(blockMax, Float.NEGATIVE_INFINITY);
        float[] voxels = surface.volume().voxels();
        boolean masked = surface.keep() != null;
        // voxels outside the kept box are all below the iso value: their blocks stay at -infinity, unread
        int[] box = masked ? surface.keptBox() : new int[] {0, 0, 0, nx - 1, ny - 1, nz - 1};
        if (box[3] < box[0]) {
            box = new int[] {0, 0, 0, -1, -1, -1};
        }
        // whole blocks, so a block's minimum also sees its voxels outside the box
        int i0 = box[0] / SIZE * SIZE;
        int i1 = Math.min(nx, (box[3] / SIZE + 1) * SIZE);
        int j0 = box[1] / SIZE * SIZE;
        int j1 = Math.min(ny, (box[4] / SIZE + 1) * SIZE);
        int k0 = box[2] / SIZE * SIZE;
        int k1 = Math.min(nz, (box[5] / SIZE + 1) * SIZE);
        int kbFirst = k0 / SIZE;
        int kbEnd = box[5] < 0 ? 0 : box[5] / SIZE + 1;
        IntStream.range(kbFirst, kbEnd).parallel().forEach(kb -> {
            float[] lo = new float[cx * cy];
            float[] hi = new float[cx * cy];
            java.util.Arrays.fill(lo, Float.POSITIVE_INFINITY);
            java.util.Arrays.fill(hi, Float.NEGATIVE_INFINITY);
            for (int k = Math.max(k0, kb * SIZE), kEnd = Math.min(k1, kb * SIZE + SIZE); k < kEnd; k++) {
                for (int j = j0; j < j1; j++) {
                    int row = (j / SIZE) * cx;
                    int base = nx * (j + ny * k);
                    for (int ib = i0 / SIZE; ib * SIZE < i1; ib++) {
                        float l = lo[row + ib];
                        float h = hi[row + ib];
                        for (int n = base + Math.max(i0, ib * SIZE), end = base + Math.min(i1, ib * SIZE + SIZE);
                                n < end; n++) {
                            float v = masked ? surface.value(n) : voxels[n];
                            l = Math.min(l, v);
                            h = Math.max(h, v);
                        }
                        lo[row + ib] = l;
                        hi[row + ib] = h;
                    }
                }
            }
            for (int b = 0; b < cx * cy; b++) {
                if (hi[b] != Float.NEGATIVE_INFINITY) {
                    blockMin[kb * cx * cy + b] = lo[b];
                    blockMax[kb * cx * cy + b] = hi[b];
                }
            }
        });
        // brick b's cells reach the first voxel of block b + 1: take both blocks on every axis
        int bx = ceilDiv(nx - 1, SIZE);
        int by = ceilDiv(ny - 1, SIZE);
        int bz = ceilDiv(nz - 1, SIZE);
        float[] min = new float[bx * by * bz];
        float[] max = new float[bx * by * bz];
        for (int k = 0; k < bz; k++) {
            for (int j = 0; j < by; j++) {
                for (int i = 0; i < bx; i++) {
                    float l = Float.POSITIVE_INFINITY;
                    float h = Float.NEGATIVE_INFINITY;
                    for (int dk = 0; dk <= 1 && k + dk < cz; dk++) {
                        for (int dj = 0; dj <= 1 && j + dj < cy; dj++) {
                            for (int di = 0; di <= 1 && i + di < cx; di++) {
                                int b = (i + di) + cx * ((j + dj) + cy * (k + dk));
                                l = Math.min(l, blockMin[b]);
                                h = Math.max(h, blockMax[b]);
                            }
                        }
                    }
                    min[i + bx * (j + by * k)] = l;
                    max[i + bx * (j + by * k)] = h;
                }
            }
        }
        return new BrickGrid(bx, by, bz, min, max);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    int bricksX() {
        return bx;
    }

    int bricksY() {
        return by;
    }

    int bricksZ() {
        return bz;
    }

    int index(int i, int j, int k) {
        return i + bx * (j + by * k);
    }

    /** Whether brick b may hold inside voxels (so a ray must look at its cells). */
    boolean mayHoldInside(int b, double iso) {
        return max[b] >= iso;
    }

    /** Whether brick b may hold the surface (inside and outside voxels). */
    boolean mayHoldSurface(int b, double iso) {
        return max[b] >= iso && min[b] < iso;
    }

    /**
     * The cell range (inclusive lower, exclusive upper, per axis: i0, j0, k0, i1, j1, k1) of the bricks that may
     * hold inside voxels, or null when none does.
     */
    int[] occupiedCells(double iso) {
        int[] r = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, -1};
        for (int k = 0; k < bz; k++) {
            for (int j = 0; j < by; j++) {
                for (int i = 0; i < bx; i++) {
                    if (mayHoldInside(index(i, j, k), iso)) {
                        r[0] = Math.min(r[0], i);
                        r[1] = Math.min(r[1], j);
                        r[2] = Math.min(r[2], k);
                        r[3] = Math.max(r[3], i);
                        r[4] = Math.max(r[4], j);
                        r[5] = Math.max(r[5], k);
                    }
                }
            }
        }
        if (r[3] < 0) {
            return null;
        }
        for (int a = 0; a < 3; a++) {
            r[a] *= SIZE;
            r[a + 3] = (r[a + 3] + 1) * SIZE;
        }
        return r;
    }
}
