package org.petface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.embedder.ModelFiles;

import picocli.CommandLine;

/** {@code petface embed} on the face-api sample photos and on a file that is no image. */
class EmbedCommandTest {

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
            CommandLine cl = new CommandLine(new EmbedCommand());
            cl.setErr(new PrintWriter(err, true));
            cl.setExecutionExceptionHandler((e, c, p) -> {
                c.getErr().println("petface embed: " + e.getMessage());
                return 2;
            });
            return new Run(cl.execute(args), out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    private static Path sample(int n) {
        return ModelFiles.locateFolder().resolve("face-api/package/demo/sample" + n + ".jpg");
    }

    @Test
    void embedsEveryFaceWritesVectorsAndAnnotationsAndReportsABadFileAsARow() throws Exception {
        Path notAnImage = tmp.resolve("notes.jpg");
        Files.writeString(notAnImage, "not a picture");
        Path csv = tmp.resolve("embeddings.csv");
        Path drawn = tmp.resolve("annotated");
        Run r = run(sample(1).toString(), notAnImage.toString(), sample(4).toString(), "--out", csv.toString(),
                "--annotate", drawn.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("3 images, 1 without an embedded face"), r.out());
        assertTrue(r.out().contains("notes.jpg\t\t\t\tERROR\t"), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 3 + 1 + 4, lines.size(), String.join("\n", lines));
        String firstFace = lines.get(1);
        assertTrue(firstFace.contains(",OK,") && firstFace.contains("fr_feature"), firstFace);
        assertEquals(512, firstFace.substring(firstFace.lastIndexOf(',') + 1).split(" ").length);
        assertTrue(Files.isRegularFile(drawn.resolve("sample1.png")) && Files.isRegularFile(drawn.resolve("sample4.png")));
    }

    @Test
    void landmarkEmbedderAndOtherDetectorsRun() throws Exception {
        Path csv = tmp.resolve("shape.csv");
        Run r = run(sample(3).toString(), "--detector", "blazeface", "--embedder", "landmarks", "--out", csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readAllLines(csv).get(1).contains("landmarks68-procrustes"));
        assertEquals(0, run(sample(3).toString(), "--detector", "haar").exitCode());
    }

    @Test
    void unknownChoicesAreOneLineErrors() {
        Run r = run(sample(1).toString(), "--detector", "mtcnn");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown detector 'mtcnn'"), r.err());
        Run depth = run(sample(1).toString(), "--embedder", "depth");
        assertTrue(depth.err().contains("depth map"), depth.err());
    }
}
