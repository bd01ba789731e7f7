package org.petface.core;

import java.util.Objects;

/**
 * A scalar 3-D image: float voxels on a grid with its voxel-to-LPS affine, in an explicit unit.
 * The voxel array is owned by the volume; callers that keep a reference must not modify it.
 */
public final class Volume {

    private final VoxelGrid grid;
    private final float[] voxels;
    private final VoxelUnit unit;
    private final Modality modality;

    public Volume(VoxelGrid grid, float[] voxels, VoxelUnit unit, Modality modality) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.voxels = Objects.requireNonNull(voxels, "voxels");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.modality = Objects.requireNonNull(modality, "modality");
        if (voxels.length != grid.voxelCount()) {
            throw new IllegalArgumentException("voxel array has " + voxels.length + " values, grid needs "
                    + grid.voxelCount());
        }
    }

    public VoxelGrid grid() {
        return grid;
    }

    public Affine affine() {
        return grid.affine();
    }

    public VoxelUnit unit() {
        return unit;
    }

    public Modality modality() {
        return modality;
    }

    /** The voxel values, i fastest, then j, then k. Not copied: treat as read-only. */
    public float[] voxels() {
        return voxels;
    }

    public float get(int i, int j, int k) {
        return voxels[grid.index(i, j, k)];
    }

    /** The same grid with other values (e.g. after a voxel-wise operation). */
    public Volume withVoxels(float[] newVoxels, VoxelUnit newUnit) {
        return new Volume(grid, newVoxels, newUnit, modality);
    }
}
