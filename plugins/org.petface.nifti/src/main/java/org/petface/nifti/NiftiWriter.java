package org.petface.nifti;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.petface.core.Affine;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;

/**
 * Writes a {@link Volume} as a little-endian float32 NIfTI file (or int16 when the options allow it and every voxel
 * is a whole number in range) with sform and qform (scanner coordinates) and the volume's modality and unit in
 * descrip. The bytes depend only on the volume and the options (the gzip
 * header carries no time stamp). The file appears only when complete.
 */
public final class NiftiWriter {

    private static final int NIFTI_UNITS_MM = 2;
    private static final int NIFTI_XFORM_SCANNER_ANAT = 1;
    private static final int CHUNK_FLOATS = 1 << 18;
    private static final int STREAM_BUFFER = 1 << 16;

    private NiftiWriter() {
    }

    public static void write(Volume volume, Path file) throws IOException {
        write(volume, file, NiftiWriteOptions.defaults());
    }

    public static void write(Volume volume, Path file, NiftiWriteOptions options) throws IOException {
        NiftiDataType type = options.integralAsInt16() && isInt16(volume.voxels()) ? NiftiDataType.INT16
                : NiftiDataType.FLOAT32;
        NiftiHeader header = headerFor(volume, options.version(), type);
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        Path dir = file.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(dir, "." + file.getFileName(), ".part");
        try {
            try (OutputStream out = open(partial, gzip, options.gzipLevel())) {
                out.write(NiftiHeaderCodec.encode(header));
                if (type == NiftiDataType.INT16) {
                    writeShorts(volume.voxels(), out);
                } else {
                    writeVoxels(volume.voxels(), out);
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The header {@link #write} stores for a volume as float32. */
    public static NiftiHeader headerFor(Volume volume, NiftiVersion version) {
        return headerFor(volume, version, NiftiDataType.FLOAT32);
    }

    private static NiftiHeader headerFor(Volume volume, NiftiVersion version, NiftiDataType type) {
        VoxelGrid grid = volume.grid();
        if (version == NiftiVersion.NIFTI_1 && Math.max(grid.nx(), Math.max(grid.ny(), grid.nz())) > Short.MAX_VALUE) {
            throw new IllegalArgumentException("NIfTI-1 holds at most " + Short.MAX_VALUE
                    + " voxels per axis; use NIfTI-2 for " + grid.nx() + "x" + grid.ny() + "x" + grid.nz());
        }
        Affine ras = NiftiGeometry.lpsToRas(volume.affine());
        NiftiGeometry.QForm q = NiftiGeometry.qformOf(ras);
        long[] dims = {3, grid.nx(), grid.ny(), grid.nz(), 1, 1, 1, 1};
        double[] pixdim = {q.qfac(), q.dx(), q.dy(), q.dz(), 1, 1, 1, 1};
        return new NiftiHeader(version, ByteOrder.LITTLE_ENDIAN, dims, type.code(), 8 * type.bytesPerVoxel(), pixdim,
                version.minimumVoxelOffset(), 1, 0, NIFTI_UNITS_MM, NIFTI_XFORM_SCANNER_ANAT,
                NIFTI_XFORM_SCANNER_ANAT, new double[] {q.b(), q.c(), q.d()}, new double[] {q.qx(), q.qy(), q.qz()},
                ras.rows(), new VolumeKind(volume.modality(), volume.unit()).toDescrip(), "");
    }

    private static OutputStream open(Path file, boolean gzip, int level) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), STREAM_BUFFER);
        if (!gzip) {
            return out;
        }
        return new GZIPOutputStream(out, STREAM_BUFFER) {
            {
                def.setLevel(level);
            }
        };
    }

    /** Whether every voxel is a whole number that int16 holds exactly (so storing it as int16 is lossless). */
    static boolean isInt16(float[] voxels) {
        for (float v : voxels) {
            if (v != (short) v || (v == 0 && Float.floatToRawIntBits(v) != 0)) {
                return false;
            }
        }
        return true;
    }

    private static void writeShorts(float[] voxels, OutputStream out) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(Math.min(voxels.length, CHUNK_FLOATS) * Short.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int done = 0; done < voxels.length; ) {
            int count = Math.min(voxels.length - done, CHUNK_FLOATS);
            bytes.clear();
            for (int n = done; n < done + count; n++) {
                bytes.putShort((short) voxels[n]);
            }
            out.write(bytes.array(), 0, count * Short.BYTES);
            done += count;
        }
    }

    private static void writeVoxels(float[] voxels, OutputStream out) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(Math.min(voxels.length, CHUNK_FLOATS) * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int done = 0; done < voxels.length; ) {
            int count = Math.min(voxels.length - done, CHUNK_FLOATS);
            bytes.clear();
            bytes.asFloatBuffer().put(voxels, done, count);
            out.write(bytes.array(), 0, count * Float.BYTES);
            done += count;
        }
    }
}
