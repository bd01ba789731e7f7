package org.petface.nifti;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/** Reads a header-described block of stored voxels into floats, applying scl_slope/scl_inter. */
final class VoxelDecoder {

    private static final int CHUNK_BYTES = 1 << 20;

    private VoxelDecoder() {
    }

    static void decode(InputStream in, NiftiHeader header, NiftiDataType type, float[] out, Path file)
            throws IOException {
        int bytesPerVoxel = type.bytesPerVoxel();
        long totalBytes = (long) out.length * bytesPerVoxel;
        byte[] chunk = new byte[(int) Math.min(totalBytes, CHUNK_BYTES - CHUNK_BYTES % 8)];
        boolean scaled = header.hasScaling();
        double slope = scaled ? header.sclSlope() : 1;
        double intercept = scaled ? header.effectiveIntercept() : 0;
        int done = 0;
        while (done < out.length) {
            int count = Math.min(out.length - done, chunk.length / bytesPerVoxel);
            int want = count * bytesPerVoxel;
            int got = in.readNBytes(chunk, 0, want);
            if (got < want) {
                throw new NiftiFormatException(file, "truncated: the header declares " + totalBytes
                        + " bytes of voxel data, the file ends after " + ((long) done * bytesPerVoxel + got));
            }
            ByteBuffer b = ByteBuffer.wrap(chunk, 0, want).order(header.byteOrder());
            convert(b, type, out, done, count, slope, intercept, scaled);
            done += count;
        }
    }

    private static void convert(ByteBuffer b, NiftiDataType type, float[] out, int offset, int count,
                                double slope, double intercept, boolean scaled) {
        switch (type) {
            case FLOAT32 -> {
                b.asFloatBuffer().get(out, offset, count);
                if (scaled) {
                    for (int n = offset; n < offset + count; n++) {
                        out[n] = (float) (out[n] * slope + intercept);
                    }
                }
            }
            case FLOAT64 -> {
                var d = b.asDoubleBuffer();
                for (int n = 0; n < count; n++) {
                    out[offset + n] = (float) (d.get(n) * slope + intercept);
                }
            }
            case UINT8 -> {
                for (int n = 0; n < count; n++) {
                    out[offset + n] = (float) ((b.get(n) & 0xff) * slope + intercept);
                }
            }
            case INT8 -> {
                for (int n = 0; n < count; n++) {
                    out[offset + n] = (float) (b.get(n) * slope + intercept);
                }
            }
            case INT16 -> {
                var s = b.asShortBuffer();
                for (int n = 0; n < count; n++) {
                    out[offset + n] = (float) (s.get(n) * slope + intercept);
                }
            }
            case UINT16 -> {
                var s = b.asShortBuffer();
                for (int n = 0; n < count; n++) {
                    out[offset + n] = (float) ((s.get(n) & 0xffff) * slope + intercept);
                }
            }
            case INT32 -> {
                var i = b.asIntBuffer();
                for (int n = 0; n < count; n++) {
                    out[offset + n] = (float) (i.get(n) * slope + intercept);
                }
            }
            case UINT32 -> {
                var i = b.asIntBuffer();
                for (int n = 0; n < count; n++) {
                    out[offset + n] = (float) ((i.get(n) & 0xffffffffL) * slope + intercept);
                }
            }
        }
    }
}
