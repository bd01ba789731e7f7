package org.petface.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Volume;
import org.petface.core.VoxelUnit;
import org.petface.reader.ScanOptions;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SeriesScanner;
import org.petface.volume.Reconstruction;
import org.petface.volume.ReconstructionOptions;
import org.petface.volume.VolumeReconstructor;

/**
 * The cohort's DICOM read back through stage 1 and 2 gives the generated volumes: HU within 1 HU, SUV within 1%,
 * geometry exact.
 */
class PhantomReadBackTest {

    private static final long SEED = 11;
    private static final double SCALE = 0.3;

    @TempDir
    static Path cohortDir;

    private static PhantomStudy truth;
    private static List<SeriesRecord> series;

    @BeforeAll
    static void writeAndScan() throws IOException {
        CohortGenerator.apply(new CohortOptions(1, SEED, 1, OutputFormat.DICOM, cohortDir, 2, SCALE));
        truth = new PhantomGenerator(SEED, SCALE).generate(0, 1);
        series = new SeriesScanner(ScanOptions.defaults()).apply(cohortDir).series();
    }

    private static Volume readBack(String modality) {
        SeriesRecord s = series.stream().filter(r -> r.modality().name().equals(modality)).findFirst().orElseThrow();
        Reconstruction r = new VolumeReconstructor(ReconstructionOptions.defaults()).apply(s);
        assertTrue(r.status().isOk(), r.status().reason());
        return r.volume();
    }

    @Test
    void ctReadsBackWithinOneHuOnTheSameGrid() {
        Volume ct = readBack("CT");
        assertEquals(VoxelUnit.HU, ct.unit());
        assertSameGrid(truth.ct(), ct);
        float[] a = truth.ct().voxels();
        float[] b = ct.voxels();
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        assertTrue(worst <= 1.0, "largest HU difference " + worst);
    }

    @Test
    void petReadsBackAsSuvWithinOnePercent() {
        Volume pet = readBack("PT");
        assertEquals(VoxelUnit.SUV_BW, pet.unit());
        assertSameGrid(truth.petSuv(), pet);
        float[] a = truth.petSuv().voxels();
        float[] b = pet.voxels();
        double max = 0;
        for (float v : a) {
            max = Math.max(max, v);
        }
        int compared = 0;
        for (int i = 0; i < a.length; i++) {
            // relative where there is uptake; near zero the 16-bit quantum (max/32767) dominates
            if (a[i] > 0.05 * max) {
                assertEquals(a[i], b[i], 0.01 * a[i], "voxel " + i);
                compared++;
            } else {
                assertEquals(a[i], b[i], max / 32767.0 + 1e-6, "voxel " + i);
            }
        }
        assertTrue(compared > 1000, "too few voxels with uptake compared: " + compared);
    }

    private static void assertSameGrid(Volume expected, Volume actual) {
        assertEquals(expected.grid().nx(), actual.grid().nx());
        assertEquals(expected.grid().ny(), actual.grid().ny());
        assertEquals(expected.grid().nz(), actual.grid().nz());
        assertTrue(expected.affine().approximatelyEquals(actual.affine(), 1e-6),
                expected.affine() + " vs " + actual.affine());
    }
}
