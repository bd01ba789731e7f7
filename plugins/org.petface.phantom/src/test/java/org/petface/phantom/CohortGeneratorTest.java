package org.petface.phantom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Volume;
import org.petface.nifti.NiftiReader;

class CohortGeneratorTest {

    @TempDir
    Path tmp;

    @Test
    void writesBothFormatsAndTheManifestDeterministicallyWhateverTheThreads() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        CohortResult result = CohortGenerator.apply(new CohortOptions(2, 99, 2, OutputFormat.BOTH, one, 1, 0.25));
        CohortGenerator.apply(new CohortOptions(2, 99, 2, OutputFormat.BOTH, two, 2, 0.25));
        assertTrue(result.allOk(), result.outcomes().toString());
        assertEquals(4, result.outcomes().size());

        List<String> manifest = Files.readAllLines(one.resolve("manifest.csv"));
        assertEquals("subject,session,modality,format,path", manifest.get(0));
        assertEquals(List.of(
                "PHANTOM-0000,1,CT,dicom,PHANTOM-0000/session-1/CT",
                "PHANTOM-0000,1,PT,dicom,PHANTOM-0000/session-1/PT",
                "PHANTOM-0000,1,CT,nifti,PHANTOM-0000/session-1/CT.nii.gz",
                "PHANTOM-0000,1,PT,nifti,PHANTOM-0000/session-1/SUV.nii.gz"), manifest.subList(1, 5));
        assertEquals(1 + 16, manifest.size());
        for (String line : manifest.subList(1, manifest.size())) {
            Path p = one.resolve(line.split(",")[4]);
            assertTrue(Files.exists(p), p.toString());
            if (line.contains(",dicom,")) {
                try (Stream<Path> files = Files.list(p)) {
                    assertTrue(files.allMatch(f -> f.getFileName().toString().endsWith(".dcm")));
                }
            }
        }

        Map<String, byte[]> a = contents(one);
        Map<String, byte[]> b = contents(two);
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name + " differs between 1 and 2 threads");
        }
    }

    @Test
    void niftiHoldsTheGeneratedVolumes() throws IOException {
        CohortGenerator.apply(new CohortOptions(1, 5, 1, OutputFormat.NIFTI, tmp, 1, 0.25));
        PhantomStudy study = new PhantomGenerator(5, 0.25).generate(0, 1);
        Volume ct = NiftiReader.read(tmp.resolve("PHANTOM-0000/session-1/CT.nii.gz")).volume();
        Volume pet = NiftiReader.read(tmp.resolve("PHANTOM-0000/session-1/SUV.nii.gz")).volume();
        assertArrayEquals(study.ct().voxels(), ct.voxels());
        assertArrayEquals(study.petSuv().voxels(), pet.voxels());
        assertTrue(study.ct().affine().approximatelyEquals(ct.affine(), 1e-3));
        assertEquals(study.petSuv().unit(), pet.unit());
    }

    @Test
    void rejectsBadOptions() {
        assertThrows(IllegalArgumentException.class, () -> new CohortOptions(0, 1, 1, OutputFormat.DICOM, tmp, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new CohortOptions(1, 1, 3, OutputFormat.DICOM, tmp, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new CohortOptions(1, 1, 1, OutputFormat.DICOM, tmp, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new CohortOptions(1, 1, 1, OutputFormat.DICOM, tmp, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("jpeg"));
        assertEquals(OutputFormat.BOTH, OutputFormat.parse("Both"));
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
