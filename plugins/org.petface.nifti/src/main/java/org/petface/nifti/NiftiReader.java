package org.petface.nifti;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.petface.core.Affine;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;

/**
 * Reads NIfTI-1 and NIfTI-2 single-file images (.nii, or gzip-compressed .nii.gz; compression is recognised by
 * content, not name) of either byte order into a {@link Volume} in LPS millimetres. Every header value is checked
 * against the format and the file's size before it is used.
 */
public final class NiftiReader {

    /** Deflate cannot expand data by more than about 1032:1; a header claiming more is lying. */
    private static final long GZIP_MAX_EXPANSION = 1032;
    private static final int GZIP_BUFFER = 1 << 18;
    /** Largest voxel count one float array (and so one Volume) can hold. */
    private static final long MAX_VOXELS = Integer.MAX_VALUE - 8;
    private static final long MAX_VOX_OFFSET = 1L << 30;

    private NiftiReader() {
    }

    /** The header of a NIfTI file, checked for consistency (it does not read the voxel data). */
    public static NiftiHeader readHeader(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return readHeader(in, file);
        }
    }

    /** The image of a NIfTI file holding one 3-D volume (a 4-D file with several volumes is rejected). */
    public static NiftiImage read(Path file) throws IOException {
        long fileSize = Files.size(file);
        try (InputStream in = open(file)) {
            boolean gzip = in instanceof GZIPInputStream;
            NiftiHeader header = readHeader(in, file);
            NiftiDataType type = header.dataType().orElseThrow();
            if (header.frames() > 1) {
                throw new NiftiFormatException(file, "holds " + header.frames()
                        + " volumes (dims " + Arrays.toString(header.dims()) + "); petface reads single 3-D volumes");
            }
            long voxels = header.voxelsPerFrame();
            long dataBytes = voxels * type.bytesPerVoxel();
            checkDataFits(file, header, dataBytes, fileSize, gzip);
            skipExactly(in, header.voxOffset() - header.version().headerSize(), file);
            float[] data = new float[(int) voxels];
            VoxelDecoder.decode(in, header, type, data, file);
            VolumeKind kind = kindOf(file, header);
            VoxelGrid grid = new VoxelGrid(header.nx(), header.ny(), header.nz(), header.voxelToLps());
            return new NiftiImage(new Volume(grid, data, kind.unit(), kind.modality()), header);
        } catch (ZipException | EOFException e) {
            throw new NiftiFormatException(file, "damaged or truncated (" + e.getMessage() + ")");
        }
    }

    /** The modality and unit: as petface recorded them in descrip, else as the AutoPET file name implies. */
    public static VolumeKind kindOf(Path file, NiftiHeader header) {
        return header.storedKind().orElseGet(() -> AutoPetNaming.kindOf(file));
    }

    private static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), GZIP_BUFFER);
        try {
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                return new GZIPInputStream(in, GZIP_BUFFER);
            }
            return in;
        } catch (ZipException | EOFException e) {
            in.close();
            throw new NiftiFormatException(file, "damaged gzip header (" + e.getMessage() + ")");
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    private static NiftiHeader readHeader(InputStream in, Path file) throws IOException {
        byte[] first4 = in.readNBytes(4);
        if (first4.length < 4) {
            throw new NiftiFormatException(file, "too short for a NIfTI header (" + first4.length + " bytes)");
        }
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        NiftiVersion version = NiftiHeaderCodec.versionOf(first4, order);
        if (version == null) {
            order = ByteOrder.BIG_ENDIAN;
            version = NiftiHeaderCodec.versionOf(first4, order);
        }
        if (version == null) {
            throw new NiftiFormatException(file, "not a NIfTI file (sizeof_hdr is neither 348 nor 540)");
        }
        byte[] raw = Arrays.copyOf(first4, version.headerSize());
        int got = in.readNBytes(raw, 4, raw.length - 4);
        if (got < raw.length - 4) {
            throw new NiftiFormatException(file, "truncated header: " + (4 + got) + " of " + raw.length + " bytes");
        }
        checkMagic(file, version, NiftiHeaderCodec.magicOf(raw, version));
        NiftiHeader header = NiftiHeaderCodec.decode(raw, version, order);
        checkHeader(file, header);
        return header;
    }

    private static void checkMagic(Path file, NiftiVersion version, byte[] magic) throws NiftiFormatException {
        if (version == NiftiVersion.NIFTI_1) {
            if (Arrays.equals(magic, NiftiHeaderCodec.MAGIC_1_PAIR)) {
                throw new NiftiFormatException(file, "a NIfTI-1 .hdr/.img pair header; petface reads single-file .nii");
            }
            if (!Arrays.equals(magic, NiftiHeaderCodec.MAGIC_1)) {
                throw new NiftiFormatException(file, "no NIfTI-1 magic 'n+1' (an Analyze 7.5 file?)");
            }
        } else if (Arrays.equals(magic, NiftiHeaderCodec.MAGIC_2_PAIR)) {
            throw new NiftiFormatException(file, "a NIfTI-2 .hdr/.img pair header; petface reads single-file .nii");
        } else if (!Arrays.equals(magic, NiftiHeaderCodec.MAGIC_2)) {
            throw new NiftiFormatException(file, "no valid NIfTI-2 magic 'n+2' (damaged, e.g. by a text-mode copy?)");
        }
    }

    private static void checkHeader(Path file, NiftiHeader h) throws NiftiFormatException {
        long[] dims = h.dims();
        if (dims[0] < 1 || dims[0] > 7) {
            throw new NiftiFormatException(file, "dim[0] is " + dims[0] + ", must be 1..7");
        }
        long voxels = 1;
        for (int d = 1; d <= dims[0]; d++) {
            if (dims[d] < 1 || dims[d] > MAX_VOXELS) {
                throw new NiftiFormatException(file, "dim[" + d + "] is " + dims[d] + " (dims "
                        + Arrays.toString(dims) + ")");
            }
            voxels *= dims[d];
            if (voxels > MAX_VOXELS) {
                throw new NiftiFormatException(file, "dims " + Arrays.toString(dims)
                        + " exceed the largest volume petface holds (" + MAX_VOXELS + " voxels)");
            }
        }
        if (h.dataType().isEmpty()) {
            throw new NiftiFormatException(file, "datatype " + h.datatypeCode() + " is not supported (supported: "
                    + Arrays.toString(NiftiDataType.values()) + ")");
        }
        if (h.voxOffset() < h.version().headerSize() || h.voxOffset() > MAX_VOX_OFFSET) {
            throw new NiftiFormatException(file, "vox_offset " + h.voxOffset() + " is outside "
                    + h.version().headerSize() + ".." + MAX_VOX_OFFSET);
        }
        checkGeometry(file, h);
    }

    private static void checkGeometry(Path file, NiftiHeader h) throws NiftiFormatException {
        NiftiHeader.GeometrySource source = h.geometrySource();
        if (source == NiftiHeader.GeometrySource.SFORM) {
            double[] srow = h.srow();
            if (!allFinite(srow)) {
                throw new NiftiFormatException(file, "sform is not finite: " + Arrays.toString(srow));
            }
            checkNonSingular(file, "sform", h.sformToLps());
            return;
        }
        double[] pixdim = h.pixdim();
        for (int d = 1; d <= 3; d++) {
            if (!Double.isFinite(pixdim[d]) || pixdim[d] <= 0) {
                throw new NiftiFormatException(file, "pixdim[" + d + "] is " + pixdim[d] + ", must be > 0");
            }
        }
        if (source == NiftiHeader.GeometrySource.QFORM) {
            if (!allFinite(h.quatern()) || !allFinite(h.qoffset()) || !Double.isFinite(pixdim[0])) {
                throw new NiftiFormatException(file, "qform is not finite: quatern " + Arrays.toString(h.quatern())
                        + ", qoffset " + Arrays.toString(h.qoffset()));
            }
            checkNonSingular(file, "qform", h.qformToLps());
        }
    }

    private static void checkNonSingular(Path file, String name, Affine affine) throws NiftiFormatException {
        double[] r = affine.rows();
        double[] m3 = {r[0], r[1], r[2], r[4], r[5], r[6], r[8], r[9], r[10]};
        double scale = affine.spacing(0) * affine.spacing(1) * affine.spacing(2);
        if (!(scale > 0) || Math.abs(NiftiGeometry.det3(m3)) < 1e-9 * scale) {
            throw new NiftiFormatException(file, name + " is singular: " + affine);
        }
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static void checkDataFits(Path file, NiftiHeader h, long dataBytes, long fileSize, boolean gzip)
            throws NiftiFormatException {
        long needed = h.voxOffset() + dataBytes;
        if (!gzip && needed > fileSize) {
            throw new NiftiFormatException(file, "truncated: the header declares " + dataBytes
                    + " bytes of voxel data at offset " + h.voxOffset() + ", the file has " + fileSize + " bytes");
        }
        if (gzip && needed > fileSize * GZIP_MAX_EXPANSION + GZIP_BUFFER) {
            throw new NiftiFormatException(file, "the header declares " + dataBytes + " bytes of voxel data (dims "
                    + Arrays.toString(h.dims()) + "), more than " + fileSize + " compressed bytes can hold");
        }
        long floatBytes = h.voxelsPerFrame() * Float.BYTES;
        long heap = Runtime.getRuntime().maxMemory();
        if (floatBytes > heap) {
            throw new NiftiFormatException(file, "the volume needs " + (floatBytes >> 20)
                    + " MiB as floats, more than the Java heap (" + (heap >> 20) + " MiB)");
        }
    }

    private static void skipExactly(InputStream in, long bytes, Path file) throws IOException {
        try {
            in.skipNBytes(bytes);
        } catch (EOFException e) {
            throw new NiftiFormatException(file, "truncated: the file ends before vox_offset");
        }
    }
}
