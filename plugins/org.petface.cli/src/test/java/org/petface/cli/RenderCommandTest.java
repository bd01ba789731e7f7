package org.petface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.nifti.NiftiWriter;
import org.petface.phantom.PhantomGenerator;
import picocli.CommandLine;

class RenderCommandTest {

    @Test
    void rendersAPhantomCtFromNiftiWithBothMethods(@TempDir Path tmp) throws Exception {
        Path nifti = tmp.resolve("CT.nii.gz");
        NiftiWriter.write(new PhantomGenerator(5, 0.5).generate(0, 1).ct(), nifti);
        Map<String, List<String>> stages = Map.of(
                "mesh", List.of("load", "threshold", "mask", "components", "clean-up", "field", "marching cubes",
                        "smoothing", "normals", "render", "png write"),
                "raycast", List.of("load", "threshold", "components", "body mask", "render", "png write"));
        for (String method : stages.keySet()) {
            Path face = tmp.resolve(method + ".png");
            Path depth = tmp.resolve(method + "-depth.png");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream stdout = System.out;
            int code;
            try {
                System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
                code = new CommandLine(new RenderCommand()).execute(nifti.toString(), "--out", face.toString(),
                        "--depth", depth.toString(), "--size", "128", "--method", method, "--timings");
            } finally {
                System.setOut(stdout);
            }
            assertEquals(0, code);
            List<String> timed = printed.toString(StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.substring(0, line.lastIndexOf(" ms")).replaceAll("\\s+[0-9.]+$", "").strip())
                    .toList();
            assertEquals(stages.get(method), timed, method);
            BufferedImage image = ImageIO.read(face.toFile());
            assertEquals(128, image.getWidth());
            int lit = 0;
            for (int y = 0; y < 128; y++) {
                for (int x = 0; x < 128; x++) {
                    lit += (image.getRaster().getSample(x, y, 0) > 0) ? 1 : 0;
                }
            }
            assertTrue(lit > 128 * 128 / 5, method + ": " + lit + " lit pixels");
            assertEquals(16, ImageIO.read(depth.toFile()).getColorModel().getPixelSize());
        }
    }

    @Test
    void rendersAMeshFileWrittenByTheSurfaceCommand(@TempDir Path tmp) throws Exception {
        Path nifti = tmp.resolve("CT.nii.gz");
        NiftiWriter.write(new PhantomGenerator(5, 0.5).generate(0, 1).ct(), nifti);
        Path mesh = tmp.resolve("skin.ply");
        assertEquals(0, new CommandLine(new SurfaceCommand()).execute(nifti.toString(), "--out", mesh.toString(),
                "--crop-head"));
        Path fromMesh = tmp.resolve("from-mesh.png");
        assertEquals(0, new CommandLine(new RenderCommand()).execute(mesh.toString(), "--out", fromMesh.toString(),
                "--size", "128"));
        Path fromVolume = tmp.resolve("from-volume.png");
        assertEquals(0, new CommandLine(new RenderCommand()).execute(nifti.toString(), "--out", fromVolume.toString(),
                "--size", "128"));
        BufferedImage a = ImageIO.read(fromMesh.toFile());
        BufferedImage b = ImageIO.read(fromVolume.toFile());
        int both = 0;
        int either = 0;
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                boolean sa = a.getRaster().getSample(x, y, 0) > 0;
                boolean sb = b.getRaster().getSample(x, y, 0) > 0;
                both += sa && sb ? 1 : 0;
                either += sa || sb ? 1 : 0;
            }
        }
        // the same stage-3 surface seen through a file: the face silhouettes overlap almost entirely
        assertTrue(both > 0.9 * either, both + " of " + either + " pixels overlap");
        assertTrue(new CommandLine(new RenderCommand()).execute(mesh.toString(), "--out",
                tmp.resolve("x.png").toString(), "--method", "raycast") != 0, "raycast needs a volume");
    }

    @Test
    void missingInputFailsWithTheFileName(@TempDir Path tmp) {
        CommandLine cl = new CommandLine(new RenderCommand());
        int code = cl.execute(tmp.resolve("nope.nii.gz").toString(), "--out", tmp.resolve("f.png").toString());
        assertTrue(code != 0, "exit code " + code);
        assertTrue(Files.notExists(tmp.resolve("f.png")));
    }
}
