package org.petface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Volume;
import org.petface.embedder.ModelFiles;
import org.petface.nifti.NiftiWriter;
import org.petface.phantom.PhantomGenerator;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderPng;
import org.petface.render.FaceRenderer;
import org.petface.render.RenderOptions;
import org.petface.surface.SurfaceExtractor;
import org.petface.surface.SurfaceOptions;

/** {@code petface embed} on the face-api sample photos and on a file that is no image. */
class EmbedCommandTest {

    @TempDir
    Path tmp;

    private static CommandRun run(String... args) {
        return CommandRun.command("embed", args);
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
        CommandRun r = run(sample(1).toString(), notAnImage.toString(), sample(4).toString(), "--out", csv.toString(),
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
        CommandRun r = run(sample(3).toString(), "--detector", "blazeface", "--embedder", "landmarks", "--out", csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readAllLines(csv).get(1).contains("landmarks68-procrustes"));
        assertEquals(0, run(sample(3).toString(), "--detector", "haar").exitCode());
    }

    @Test
    void unknownChoicesAreOneLineErrors() {
        CommandRun r = run(sample(1).toString(), "--detector", "mtcnn");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown detector 'mtcnn'"), r.err());
        CommandRun depth = run(sample(1).toString(), "--embedder", "depth", "--annotate", tmp.resolve("a").toString());
        assertTrue(depth.err().contains("--annotate"), depth.err());
    }

    @Test
    void depthEmbedderDescribesAVolumeAndADepthPngAndReportsBadInputsAsRows() throws Exception {
        Volume ct = new PhantomGenerator(3, 0.4).generate(0, 1).ct();
        Path nifti = tmp.resolve("ct.nii.gz");
        NiftiWriter.write(ct, nifti);
        FaceRender render = new FaceRenderer(RenderOptions.defaults())
                .apply(new SurfaceExtractor(SurfaceOptions.defaults()).apply(ct).mesh());
        Path depthPng = tmp.resolve("ct-depth.png");
        FaceRenderPng.writeDepth(render, depthPng);
        Path csv = tmp.resolve("depth.csv");
        String mm = Double.toString(render.camera().mmPerPixel());
        CommandRun r = run(nifti.toString(), depthPng.toString(), sample(1).toString(), "--embedder", "depth",
                "--mm-per-pixel", mm, "--out", csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("3 inputs, 1 without an embedded face"), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(4, lines.size(), String.join("\n", lines));
        double[][] vectors = new double[2][];
        for (int i = 0; i < 2; i++) {
            String okLine = lines.get(1 + i);
            assertTrue(okLine.contains(",OK,") && okLine.contains(",depth-v1,"), okLine);
            vectors[i] = Arrays.stream(okLine.substring(okLine.lastIndexOf(',') + 1).split(" "))
                    .mapToDouble(Double::parseDouble).toArray();
            assertEquals(32 * 32, vectors[i].length);
        }
        double dot = 0;
        for (int k = 0; k < vectors[0].length; k++) {
            dot += vectors[0][k] * vectors[1][k];
        }
        // the same surface rendered from the volume and read back from its 1/32 mm depth PNG (unit vectors)
        assertTrue(dot > 0.99, "cosine " + dot);
        assertTrue(lines.get(3).contains("sample1.jpg") && lines.get(3).contains(",ERROR,"), lines.get(3));
        CommandRun noPixelSize = run(depthPng.toString(), "--embedder", "depth");
        assertTrue(noPixelSize.out().contains("needs --mm-per-pixel"), noPixelSize.out());
    }
}
