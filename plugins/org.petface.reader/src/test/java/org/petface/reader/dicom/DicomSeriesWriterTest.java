package org.petface.reader.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomSeriesWriterTest {

    @TempDir
    Path temp;

    @Test
    void ctAndPetPassDciodvfy() throws Exception {
        assumeTrue(Dcmtk.isInstalled("dciodvfy"), "dciodvfy (dicom3tools) not installed: skipping IOD validation");
        List<Path> ct = DicomSeriesWriter.write(WriterFixtures.ctVolume(), WriterFixtures.ctMetadata(), temp.resolve("ct"));
        List<Path> pt = DicomSeriesWriter.write(WriterFixtures.petVolume(WriterFixtures.obliqueAffine(2, 2, 3)),
                WriterFixtures.petMetadata(), temp.resolve("pt"));
        for (Path file : List.of(ct.get(2), pt.get(1))) {
            String report = dciodvfy(file);
            List<String> errors = report.lines().filter(l -> l.startsWith("Error")).toList();
            assertTrue(errors.isEmpty(), file.getFileName() + ": " + String.join("\n", errors));
        }
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        List<Path> a = DicomSeriesWriter.write(WriterFixtures.ctVolume(), WriterFixtures.ctMetadata(), temp.resolve("a"));
        List<Path> b = DicomSeriesWriter.write(WriterFixtures.ctVolume(), WriterFixtures.ctMetadata(), temp.resolve("b"));
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).getFileName().toString());
        }
    }

    static String dciodvfy(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("dciodvfy", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
