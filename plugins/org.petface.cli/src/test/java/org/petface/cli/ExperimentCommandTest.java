package org.petface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code petface experiment} as a user runs it (not on a terminal: plain progress lines). */
class ExperimentCommandTest {

    @TempDir
    Path tmp;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cl = PetfaceCommand.newCommandLine();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    @Test
    void syntheticExperimentPrintsProgressAndSummaryAndWritesTheReport() {
        Path report = tmp.resolve("report");
        Run r = run("experiment", "--synthetic", "3", "--seed", "4", "--sessions", "1", "--scale", "0.3",
                "--embedder", "shape", "--out", report.toString(), "--threads", "2");
        assertEquals(0, r.exitCode(), r.err() + r.out());
        assertTrue(r.out().contains("[6/7] "), "one plain line per study, then the match: " + r.out());
        assertTrue(r.out().contains("pet_to_ct   PET session 1  CT session 1   shape"), r.out());
        assertTrue(r.out().contains("<- headline"), r.out());
        assertTrue(r.out().contains("Headline risk"), r.out());
        for (String file : new String[] {"report.html", "metrics.json", "ranks.csv"}) {
            assertTrue(Files.isRegularFile(report.resolve(file)), file);
        }
    }

    @Test
    void syntheticAndInputTogetherIsAUsageError() {
        Run r = run("experiment", "--synthetic", "3", "--input", tmp.toString(), "--out", tmp.resolve("o").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }

    @Test
    void unknownMethodIsOneLineError() {
        Run r = run("experiment", "--synthetic", "2", "--embedder", "facenet", "--out", tmp.resolve("o").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("unknown embedder 'facenet'"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
