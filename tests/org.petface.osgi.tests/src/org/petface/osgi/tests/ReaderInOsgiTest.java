package org.petface.osgi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.phantom.CohortGenerator;
import org.petface.phantom.CohortOptions;
import org.petface.phantom.OutputFormat;
import org.petface.reader.ScanOptions;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SeriesScanner;
import org.petface.reader.dicom.DicomPixels;
import org.petface.volume.Reconstruction;
import org.petface.volume.ReconstructionOptions;
import org.petface.volume.VolumeReconstructor;

/**
 * The pipeline's first stages inside Equinox, class loading as KNIME does it: PixelMed (wrapped bundle), the
 * JPEG 2000 codec (jai-imageio bundles with our export fragment) and NIfTI, across bundle boundaries.
 */
class ReaderInOsgiTest {

    @TempDir
    Path tmp;

    @Test
    void phantomCohortWritesScansAndReconstructs() throws IOException {
        CohortGenerator.apply(new CohortOptions(1, 3, 1, OutputFormat.BOTH, tmp, 1, 0.2));
        List<SeriesRecord> series = new SeriesScanner(ScanOptions.defaults()).apply(tmp).series();
        assertEquals(4, series.size(), "CT and PET, DICOM and NIfTI: " + series);
        VolumeReconstructor reconstructor = new VolumeReconstructor(ReconstructionOptions.defaults());
        for (SeriesRecord s : series) {
            Reconstruction r = reconstructor.apply(s);
            assertTrue(r.status().isOk(), s.location() + ": " + r.status().reason());
            Volume v = r.volume();
            assertTrue(v.modality() == Modality.CT || v.modality() == Modality.PT);
        }
    }

    @Test
    void decodesJpeg2000ThroughTheJaiBundles() throws IOException {
        Path data = Path.of(System.getProperty("petface.testdata", "missing"));
        Path file = data.resolve("jpeg_2000.dcm");
        assertTrue(Files.isRegularFile(file), "test data not found: " + file + " (run scripts/setup.sh --with-test-data)");
        SeriesRecord series = new SeriesScanner(ScanOptions.defaults()).apply(file).series().get(0);
        assertTrue(series.status().isOk(), series.status().reason());
        float[] pixels = DicomPixels.readRescaled(series.slices().get(0));
        assertEquals(series.rows() * series.columns(), pixels.length);
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float p : pixels) {
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        assertTrue(max - min > 100, "decoded image is flat: " + min + ".." + max);
    }
}
