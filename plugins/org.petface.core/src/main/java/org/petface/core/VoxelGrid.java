package org.petface.core;

/** The shape of a volume (nx columns, ny rows, nz slices) and where its voxels sit in patient space. */
public record VoxelGrid(int nx, int ny, int nz, Affine affine) {

    public VoxelGrid {
        if (nx <= 0 || ny <= 0 || nz <= 0) {
            throw new IllegalArgumentException("grid dimensions must be positive: " + nx + "x" + ny + "x" + nz);
        }
        if ((long) nx * ny * nz > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("grid too large for one array: " + nx + "x" + ny + "x" + nz);
        }
        if (affine == null) {
            throw new IllegalArgumentException("grid needs an affine");
        }
    }

    public int voxelCount() {
        return nx * ny * nz;
    }

    /** Linear index of voxel (i, j, k); i varies fastest. */
    public int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    public boolean contains(int i, int j, int k) {
        return i >= 0 && j >= 0 && k >= 0 && i < nx && j < ny && k < nz;
    }

    /** Voxel spacing (mm) along i, j, k. */
    public double[] spacing() {
        return new double[] {affine.spacing(0), affine.spacing(1), affine.spacing(2)};
    }
}
