package org.petface.nifti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.VoxelUnit;

/** NIfTI-1 files built byte by byte, as other tools write them. */
class HandBuiltHeaderTest {

    @TempDir
    Path dir;

    /** A 3x2x2 NIfTI-1 file: header fields set by the caller, then int16 voxels 0..11 (or as given). */
    private static ByteBuffer nifti1(ByteOrder order, short datatype, int bytesPerVoxel, int nx, int ny, int nz) {
        ByteBuffer b = ByteBuffer.allocate(352 + nx * ny * nz * bytesPerVoxel).order(order);
        b.putInt(0, 348);
        b.putShort(40, (short) 3).putShort(42, (short) nx).putShort(44, (short) ny).putShort(46, (short) nz);
        b.putShort(48, (short) 1);
        b.putShort(70, datatype).putShort(72, (short) (8 * bytesPerVoxel));
        b.putFloat(76, 1).putFloat(80, 2).putFloat(84, 3).putFloat(88, 4);
        b.putFloat(108, 352);
        b.put(123, (byte) 2);
        b.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1');
        return b;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void qformOnlyHeaderGivesTheRotatedAffineInLps() throws IOException {
        ByteBuffer b = nifti1(ByteOrder.LITTLE_ENDIAN, (short) 4, 2, 3, 2, 2);
        // 90 degrees about z: a = cos 45, d = sin 45; qoffset (10, 20, 30) in RAS.
        double h = Math.sqrt(0.5);
        b.putShort(252, (short) 1).putShort(254, (short) 0);
        b.putFloat(264, (float) h);
        b.putFloat(268, 10).putFloat(272, 20).putFloat(276, 30);
        for (int n = 0; n < 12; n++) {
            b.putShort(352 + 2 * n, (short) n);
        }
        NiftiImage image = NiftiReader.read(write("qform.nii", b.array()));

        assertEquals(NiftiHeader.GeometrySource.QFORM, image.header().geometrySource());
        // RAS: i -> +y * 2 mm, j -> -x * 3 mm, k -> +z * 4 mm; LPS flips x and y.
        Affine expected = Affine.ofRows(0, 3, 0, -10, -2, 0, 0, -20, 0, 0, 4, 30);
        assertTrue(image.volume().affine().approximatelyEquals(expected, 1e-6), image.volume().affine().toString());
        assertEquals(11f, image.volume().get(2, 1, 1));
        assertEquals(Modality.OTHER, image.volume().modality());
        assertEquals(VoxelUnit.UNITLESS, image.volume().unit());
    }

    @Test
    void noFormCodesFallBackToPixdim() throws IOException {
        ByteBuffer b = nifti1(ByteOrder.LITTLE_ENDIAN, (short) 2, 1, 3, 2, 2);
        NiftiImage image = NiftiReader.read(write("plain.nii", b.array()));
        assertEquals(NiftiHeader.GeometrySource.PIXDIM, image.header().geometrySource());
        assertEquals(Affine.ofRows(-2, 0, 0, 0, 0, -3, 0, 0, 0, 0, 4, 0), image.volume().affine());
    }

    @Test
    void bigEndianUint16WithSlopeAndInterceptInAutoPetCtFile() throws IOException {
        ByteBuffer b = nifti1(ByteOrder.BIG_ENDIAN, (short) 512, 2, 3, 2, 2);
        b.putFloat(112, 0.5f).putFloat(116, -1024f);
        b.putShort(254, (short) 1);
        b.putFloat(280, -2).putFloat(300, 3).putFloat(320, 4).putFloat(324, -50);
        for (int n = 0; n < 12; n++) {
            b.putShort(352 + 2 * n, (short) (60000 + n));
        }
        Path gz = dir.resolve("CTres.nii.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(b.array());
        }
        NiftiImage image = NiftiReader.read(gz);
        assertEquals(ByteOrder.BIG_ENDIAN, image.header().byteOrder());
        assertEquals(60005 * 0.5f - 1024f, image.volume().get(2, 1, 0));
        assertEquals(Modality.CT, image.volume().modality());
        assertEquals(VoxelUnit.HU, image.volume().unit());
        assertEquals(Affine.ofRows(2, 0, 0, 0, 0, -3, 0, 0, 0, 0, 4, -50), image.volume().affine());
    }

    @Test
    void bigEndianNifti2WithScaledInt16() throws IOException {
        Affine lps = Affine.ofRows(0, 0, 1.5, -20, -0.75, 0, 0, 40, 0, 2.25, 0, 7);
        NiftiHeader h = new NiftiHeader(NiftiVersion.NIFTI_2, ByteOrder.BIG_ENDIAN, new long[] {3, 2, 2, 2, 1, 1, 1, 1},
                4, 16, new double[] {1, 0.75, 2.25, 1.5, 1, 1, 1, 1}, 560, 0.25, 3, 2, 0, 2, new double[3],
                new double[3], NiftiGeometry.lpsToRas(lps).rows(), "", "");
        ByteBuffer b = ByteBuffer.allocate(560 + 16).order(ByteOrder.BIG_ENDIAN);
        b.put(NiftiHeaderCodec.encode(h));
        for (int n = 0; n < 8; n++) {
            b.putShort(560 + 2 * n, (short) (n - 4));
        }
        NiftiImage image = NiftiReader.read(write("be2.nii", b.array()));
        assertEquals(NiftiVersion.NIFTI_2, image.header().version());
        assertEquals(lps, image.volume().affine());
        assertEquals((7 - 4) * 0.25f + 3, image.volume().get(1, 1, 1));
        assertEquals(-4 * 0.25f + 3, image.volume().get(0, 0, 0));
    }

    @Test
    void everySupportedDatatypeDecodes() throws IOException {
        record Case(short code, int bytes, byte[] stored, float expected) { }
        ByteBuffer le = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        Case[] cases = {
            new Case((short) 2, 1, new byte[] {(byte) 200}, 200),
            new Case((short) 256, 1, new byte[] {(byte) -100}, -100),
            new Case((short) 4, 2, le.clear().putShort(0, (short) -300).array().clone(), -300),
            new Case((short) 512, 2, le.clear().putShort(0, (short) 65000).array().clone(), 65000),
            new Case((short) 8, 4, le.clear().putInt(0, -70000).array().clone(), -70000),
            new Case((short) 768, 4, le.clear().putInt(0, (int) 3_000_000_000L).array().clone(), 3e9f),
            new Case((short) 16, 4, le.clear().putFloat(0, 1.25f).array().clone(), 1.25f),
            new Case((short) 64, 8, le.clear().putDouble(0, -2.5).array().clone(), -2.5f)};
        for (Case c : cases) {
            ByteBuffer b = nifti1(ByteOrder.LITTLE_ENDIAN, c.code(), c.bytes(), 1, 1, 1);
            b.put(352, c.stored(), 0, c.bytes());
            NiftiImage image = NiftiReader.read(write("t" + c.code() + ".nii", b.array()));
            assertEquals(c.expected(), image.volume().get(0, 0, 0), "datatype " + c.code());
        }
    }

    @Test
    void truncatedFileIsAClearError() throws IOException {
        byte[] full = nifti1(ByteOrder.LITTLE_ENDIAN, (short) 4, 2, 3, 2, 2).array();
        Path file = write("cut.nii", Arrays.copyOf(full, full.length - 5));
        IOException e = assertThrows(NiftiFormatException.class, () -> NiftiReader.read(file));
        assertTrue(e.getMessage().contains("cut.nii") && e.getMessage().contains("truncated"), e.getMessage());

        Path gz = dir.resolve("cut.nii.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(full, 0, full.length - 5);
        }
        IOException gzError = assertThrows(NiftiFormatException.class, () -> NiftiReader.read(gz));
        assertTrue(gzError.getMessage().contains("truncated"), gzError.getMessage());

        Path header = write("header.nii", Arrays.copyOf(full, 200));
        IOException headerError = assertThrows(NiftiFormatException.class, () -> NiftiReader.readHeader(header));
        assertTrue(headerError.getMessage().contains("truncated header"), headerError.getMessage());
    }

    @Test
    void absurdDimsAreRejectedBeforeAllocating() throws IOException {
        ByteBuffer b = nifti1(ByteOrder.LITTLE_ENDIAN, (short) 16, 4, 1, 1, 1);
        b.putShort(42, (short) 32000).putShort(44, (short) 32000).putShort(46, (short) 32000);
        Path file = write("huge.nii", b.array());
        IOException e = assertThrows(NiftiFormatException.class, () -> NiftiReader.read(file));
        assertTrue(e.getMessage().contains("huge.nii") && e.getMessage().contains("exceed"), e.getMessage());

        b.putShort(42, (short) 2000).putShort(44, (short) 2000).putShort(46, (short) 100);
        Path gz = dir.resolve("big.nii.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(b.array());
        }
        IOException gzError = assertThrows(NiftiFormatException.class, () -> NiftiReader.read(gz));
        assertTrue(gzError.getMessage().contains("compressed bytes"), gzError.getMessage());

        b.putShort(42, (short) -5);
        IOException negative = assertThrows(NiftiFormatException.class,
                () -> NiftiReader.readHeader(write("neg.nii", b.array())));
        assertTrue(negative.getMessage().contains("dim[1] is -5"), negative.getMessage());
    }

    @Test
    void foreignFilesAreNamedAndExplained() throws IOException {
        IOException text = assertThrows(NiftiFormatException.class,
                () -> NiftiReader.read(write("notes.nii", "hello, this is not an image".getBytes())));
        assertTrue(text.getMessage().contains("not a NIfTI file"), text.getMessage());

        ByteBuffer analyze = nifti1(ByteOrder.LITTLE_ENDIAN, (short) 4, 2, 1, 1, 1);
        analyze.put(344, new byte[4]);
        IOException noMagic = assertThrows(NiftiFormatException.class,
                () -> NiftiReader.read(write("analyze.nii", analyze.array())));
        assertTrue(noMagic.getMessage().contains("magic"), noMagic.getMessage());

        ByteBuffer unsupported = nifti1(ByteOrder.LITTLE_ENDIAN, (short) 128, 3, 1, 1, 1);
        IOException rgb = assertThrows(NiftiFormatException.class,
                () -> NiftiReader.read(write("rgb.nii", unsupported.array())));
        assertTrue(rgb.getMessage().contains("datatype 128"), rgb.getMessage());

        ByteBuffer fourD = nifti1(ByteOrder.LITTLE_ENDIAN, (short) 2, 1, 1, 1, 1);
        fourD.putShort(40, (short) 4).putShort(48, (short) 1);
        assertEquals(1, NiftiReader.readHeader(write("one-frame.nii", fourD.array())).frames());
    }

    @Test
    void extensionBytesBeforeTheDataAreSkipped() throws IOException {
        ByteBuffer plain = nifti1(ByteOrder.LITTLE_ENDIAN, (short) 16, 4, 1, 1, 2);
        ByteBuffer b = ByteBuffer.allocate(plain.capacity() + 16).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, plain.array(), 0, 352);
        b.putFloat(108, 368);
        b.put(348, (byte) 1).putInt(352, 16).putInt(356, 6);
        b.putFloat(368, 7.5f).putFloat(372, -1f);
        NiftiImage image = NiftiReader.read(write("ext.nii", b.array()));
        assertArrayEquals(new float[] {7.5f, -1f}, image.volume().voxels());
    }
}
