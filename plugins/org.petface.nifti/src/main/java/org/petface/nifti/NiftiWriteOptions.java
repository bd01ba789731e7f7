package org.petface.nifti;

import java.util.Objects;
import java.util.zip.Deflater;

/**
 * How {@link NiftiWriter} writes a file. Whether it is gzip-compressed follows the file name (.gz).
 *
 * @param version           NIfTI-1 (read by every tool; geometry stored as float32) or NIfTI-2 (geometry as float64)
 * @param gzipLevel         deflate level 1 (fastest) .. 9 (smallest), used for .gz files
 * @param integralAsInt16   store a volume whose voxels are all whole numbers within -32768..32767 (CT in HU) as int16
 *                          instead of float32: lossless, half the bytes to write and to inflate; other volumes stay
 *                          float32
 */
public record NiftiWriteOptions(NiftiVersion version, int gzipLevel, boolean integralAsInt16) {

    public NiftiWriteOptions {
        Objects.requireNonNull(version, "version");
        if (gzipLevel < Deflater.BEST_SPEED || gzipLevel > Deflater.BEST_COMPRESSION) {
            throw new IllegalArgumentException("gzip level must be 1..9, got " + gzipLevel);
        }
    }

    /** Always float32. */
    public NiftiWriteOptions(NiftiVersion version, int gzipLevel) {
        this(version, gzipLevel, false);
    }

    /** NIfTI-1, deflate level 6, float32. */
    public static NiftiWriteOptions defaults() {
        return new NiftiWriteOptions(NiftiVersion.NIFTI_1, 6, false);
    }

    public NiftiWriteOptions withVersion(NiftiVersion newVersion) {
        return new NiftiWriteOptions(newVersion, gzipLevel, integralAsInt16);
    }

    public NiftiWriteOptions withIntegralAsInt16(boolean int16) {
        return new NiftiWriteOptions(version, gzipLevel, int16);
    }
}
