package org.petface.nifti;

import java.util.Optional;

/** The NIfTI voxel data types petface reads (the datatype field codes). */
public enum NiftiDataType {
    UINT8(2, 1),
    INT16(4, 2),
    INT32(8, 4),
    FLOAT32(16, 4),
    FLOAT64(64, 8),
    INT8(256, 1),
    UINT16(512, 2),
    UINT32(768, 4);

    private final int code;
    private final int bytesPerVoxel;

    NiftiDataType(int code, int bytesPerVoxel) {
        this.code = code;
        this.bytesPerVoxel = bytesPerVoxel;
    }

    public int code() {
        return code;
    }

    public int bytesPerVoxel() {
        return bytesPerVoxel;
    }

    /** The supported type with this datatype code, if any. */
    public static Optional<NiftiDataType> fromCode(int code) {
        for (NiftiDataType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
