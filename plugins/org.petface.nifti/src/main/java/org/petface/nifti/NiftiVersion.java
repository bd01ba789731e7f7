package org.petface.nifti;

/** The two NIfTI header layouts. */
public enum NiftiVersion {
    /** 348-byte header, 16-bit dims, float32 geometry. */
    NIFTI_1(348, 352),
    /** 540-byte header, 64-bit dims, float64 geometry. */
    NIFTI_2(540, 544);

    private final int headerSize;
    private final int minimumVoxelOffset;

    NiftiVersion(int headerSize, int minimumVoxelOffset) {
        this.headerSize = headerSize;
        this.minimumVoxelOffset = minimumVoxelOffset;
    }

    /** The value of sizeof_hdr. */
    public int headerSize() {
        return headerSize;
    }

    /** Header plus the 4-byte extension flag: the earliest byte where voxel data may start in a .nii file. */
    public int minimumVoxelOffset() {
        return minimumVoxelOffset;
    }
}
