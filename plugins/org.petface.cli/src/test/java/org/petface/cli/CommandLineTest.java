package org.petface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Volume;
import org.petface.nifti.NiftiReader;

/** The commands end to end, as a user runs them: exit codes, outputs, one-line errors. */
class CommandLineTest {

    @TempDir
    Path tmp;

    private static CommandRun run(String... args) {
        return CommandRun.petface(args);
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : List.of("phantom", "scan", "volume", "surface", "render", "embed", "experiment", "demo",
                "bench")) {
            CommandRun r = run(sub, "--help");
            assertEquals(0, r.exitCode(), sub + " --help");
            assertTrue(r.out().contains("Usage: petface " + sub), r.out());
        }
    }

    @Test
    void missingInputIsOneLineErrorWithNonZeroExit() {
        CommandRun r = run("scan", tmp.resolve("nowhere").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("nowhere: no such file or folder"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void phantomThenScanThenVolumeRoundTrip() throws IOException {
        Path cohort = tmp.resolve("cohort");
        CommandRun phantom = run("phantom", "--subjects", "2", "--seed", "7", "--out", cohort.toString(), "--format", "both",
                "--scale", "0.25");
        assertEquals(0, phantom.exitCode(), phantom.err());
        List<String> manifest = Files.readAllLines(cohort.resolve("manifest.csv"));
        assertEquals(1 + 2 * 2 * 2, manifest.size(), "header + 2 subjects x CT/PET x dicom/nifti: " + manifest);

        Path csv = tmp.resolve("scan.csv");
        CommandRun scan = run("scan", cohort.toString(), "--csv", csv.toString());
        assertEquals(0, scan.exitCode(), scan.err());
        // manifest.csv is the one file that is not an image: it gets its own row and the walk goes on
        assertTrue(scan.out().contains("8 series, 1 unreadable files"), scan.out());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(10, rows.size());
        assertEquals(8, rows.stream().filter(l -> l.startsWith("OK,")).count(), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("WARNING,") && l.endsWith("manifest.csv")), String.join("\n", rows));
        // the patient column holds pseudonymous keys, never the PatientID (only the user's own paths may name it)
        assertTrue(rows.stream().skip(1).map(l -> l.split(",")[4]).allMatch(k -> k.matches("P-([0-9a-f]{12}|unknown)")),
                String.join("\n", rows));

        String ctFolder = manifest.stream().filter(l -> l.contains(",CT,dicom,")).findFirst().orElseThrow().split(",")[4];
        Path nifti = tmp.resolve("ct.nii.gz");
        CommandRun volume = run("volume", cohort.resolve(ctFolder).toString(), "--out", nifti.toString(), "--crop-head");
        assertEquals(0, volume.exitCode(), volume.err());
        Volume v = NiftiReader.read(nifti).volume();
        assertEquals("HU", v.unit().label());
        assertTrue(volume.out().contains("CT "), volume.out());
    }

    @Test
    void refusesToWriteIntoAFolderItDidNotMake() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("my-data"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        CommandRun r = run("phantom", "--subjects", "1", "--out", mine.toString(), "--scale", "0.25");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("not empty"), r.err());
        assertEquals("keep me", Files.readString(mine.resolve("notes.txt")));
    }

    @Test
    void volumeReportsAFolderWithoutImages() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("texts"));
        Files.writeString(folder.resolve("a.txt"), "not dicom");
        CommandRun r = run("volume", folder.toString(), "--out", tmp.resolve("x.nii.gz").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("no image series"), r.err());
    }
}
