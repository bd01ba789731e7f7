package org.petface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code petface experiment} as a user runs it (not on a terminal: plain progress lines). */
class ExperimentCommandTest {

    @TempDir
    Path tmp;

    private static CommandRun run(String... args) {
        return CommandRun.petface(args);
    }

    @Test
    void syntheticExperimentPrintsProgressAndSummaryAndWritesTheReport() {
        Path report = tmp.resolve("report");
        CommandRun r = run("experiment", "--synthetic", "3", "--seed", "4", "--sessions", "1", "--scale", "0.3",
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
        CommandRun r = run("experiment", "--synthetic", "3", "--input", tmp.toString(), "--out", tmp.resolve("o").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }

    @Test
    void unknownMethodIsOneLineError() {
        CommandRun r = run("experiment", "--synthetic", "2", "--embedder", "facenet", "--out", tmp.resolve("o").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("unknown embedder 'facenet'"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
