package org.petface.nifti;

import java.util.Objects;
import java.util.zip.Deflater;

/**
 * How {@link NiftiWriter} writes a file. Whether it is gzip-compressed follows the file name (.gz).
 *
 * @param version   NIfTI-1 (read by every tool; geometry stored as float32) or NIfTI-2 (geometry as float64)
 * @param gzipLevel deflate level 1 (fastest) .. 9 (smallest), used for .gz files
 */
public record NiftiWriteOptions(NiftiVersion version, int gzipLevel) {

    public NiftiWriteOptions {
        Objects.requireNonNull(version, "version");
        if (gzipLevel < Deflater.BEST_SPEED || gzipLevel > Deflater.BEST_COMPRESSION) {
            throw new IllegalArgumentException("gzip level must be 1..9, got " + gzipLevel);
        }
    }

    /** NIfTI-1, deflate level 6. */
    public static NiftiWriteOptions defaults() {
        return new NiftiWriteOptions(NiftiVersion.NIFTI_1, 6);
    }

    public NiftiWriteOptions withVersion(NiftiVersion newVersion) {
        return new NiftiWriteOptions(newVersion, gzipLevel);
    }
}
