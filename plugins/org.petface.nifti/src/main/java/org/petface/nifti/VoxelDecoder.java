package org.petface.nifti;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a header-described block of stored voxels into floats, applying scl_slope/scl_inter. Large blocks go through
 * a two-thread pipeline: this thread reads (inflates) chunk after chunk while a converter thread turns the previous
 * chunk into floats, so conversion hides behind the inflation that bounds the read.
 */
final class VoxelDecoder {

    private static final int CHUNK_BYTES = 1 << 22;
    /** Chunks in flight: one being read, one being converted, one spare so neither waits on the other's hand-off. */
    private static final int BUFFERS = 3;

    private VoxelDecoder() {
    }

    static void decode(InputStream in, NiftiHeader header, NiftiDataType type, float[] out, Path file)
            throws IOException {
        int bytesPerVoxel = type.bytesPerVoxel();
        long totalBytes = (long) out.length * bytesPerVoxel;
        int chunkVoxels = CHUNK_BYTES / 8;
        boolean scaled = header.hasScaling();
        double slope = scaled ? header.sclSlope() : 1;
        double intercept = scaled ? header.effectiveIntercept() : 0;
        if (out.length <= chunkVoxels) {
            byte[] chunk = new byte[(int) totalBytes];
            readFully(in, chunk, chunk.length, 0, totalBytes, file);
            convert(ByteBuffer.wrap(chunk).order(header.byteOrder()), type, out, 0, out.length, slope, intercept,
                    scaled);
            return;
        }
        ExecutorService converter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "nifti-convert");
            t.setDaemon(true);
            return t;
        });
        try {
            byte[][] buffers = new byte[BUFFERS][chunkVoxels * bytesPerVoxel];
            Future<?>[] pending = new Future<?>[BUFFERS];
            int b = 0;
            for (int done = 0; done < out.length; done += chunkVoxels, b = (b + 1) % BUFFERS) {
                await(pending[b]);
                int count = Math.min(out.length - done, chunkVoxels);
                byte[] chunk = buffers[b];
                readFully(in, chunk, count * bytesPerVoxel, (long) done * bytesPerVoxel, totalBytes, file);
                int offset = done;
                pending[b] = converter.submit(() -> convert(ByteBuffer.wrap(chunk, 0, count * bytesPerVoxel)
                        .order(header.byteOrder()), type, out, offset, count, slope, intercept, scaled));
            }
            for (Future<?> f : pending) {
                await(f);
            }
        } finally {
            converter.shutdownNow();
        }
    }

    private static void readFully(InputStream in, byte[] chunk, int want, long before, long totalBytes, Path file)
            throws IOException {
        int got = in.readNBytes(chunk, 0, want);
        if (got < want) {
            throw new NiftiFormatException(file, "truncated: the header declares " + totalBytes
                    + " bytes of voxel data, the file ends after " + (before + got));
        }
    }

    private static void await(Future<?> conversion) throws IOException {
        if (conversion == null) {
            return;
        }
        try {
            conversion.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while converting voxels");
        } catch (ExecutionException e) {
            throw new IllegalStateException("voxel conversion failed", e.getCause());
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
                short[] shorts = new short[count];
                b.asShortBuffer().get(shorts);
                if (scaled) {
                    for (int n = 0; n < count; n++) {
                        out[offset + n] = (float) (shorts[n] * slope + intercept);
                    }
                } else {
                    for (int n = 0; n < count; n++) {
                        out[offset + n] = shorts[n];
                    }
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
