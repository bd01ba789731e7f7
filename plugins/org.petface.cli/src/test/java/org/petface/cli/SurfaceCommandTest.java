package org.petface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Mesh;
import org.petface.nifti.NiftiWriter;
import org.petface.phantom.PhantomGenerator;
import org.petface.surface.io.MeshReader;

class SurfaceCommandTest {

    @TempDir
    static Path tmp;

    private static Path pet;

    @BeforeAll
    static void phantom() throws IOException {
        pet = tmp.resolve("SUV.nii.gz");
        NiftiWriter.write(new PhantomGenerator(2, 0.5).generate(0, 1).petSuv(), pet);
    }

    private static CommandRun run(String... args) {
        return CommandRun.command("surface", args);
    }

    @Test
    void writesEveryFormatFromANiftiFile() throws IOException {
        for (String name : new String[] {"skin.ply", "skin.stl", "skin.obj"}) {
            Path mesh = tmp.resolve(name);
            CommandRun r = run(pet.toString(), "--out", mesh.toString(), "--threshold", "adaptive", "--smooth", "3",
                    "--timings");
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("adaptive:"), r.out());
            assertTrue(r.out().contains("marching cubes"), r.out());
            Mesh m = MeshReader.read(mesh);
            assertTrue(m.triangleCount() > 5000, name + ": " + m.triangleCount());
        }
    }

    @Test
    void cropsAndDecimatesOnRequest() throws IOException {
        Path mesh = tmp.resolve("head.ply");
        CommandRun r = run(pet.toString(), "--out", mesh.toString(), "--crop-head", "--triangles", "4000",
                "--threshold", "percentile:95");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(MeshReader.read(mesh).triangleCount() <= 4000);
        assertTrue(r.err().contains("head region"), r.err());
    }

    @Test
    void badInputsFailWithTheReason() {
        CommandRun missing = run(tmp.resolve("none.nii.gz").toString(), "--out", tmp.resolve("x.ply").toString());
        assertNotEquals(0, missing.exitCode());
        assertTrue(missing.err().contains("none.nii.gz"), missing.err());
        CommandRun format = run(pet.toString(), "--out", tmp.resolve("x.vtk").toString());
        assertNotEquals(0, format.exitCode());
        assertTrue(format.err().contains("unknown mesh format"), format.err());
        CommandRun threshold = run(pet.toString(), "--out", tmp.resolve("x.ply").toString(), "--threshold", "median");
        assertNotEquals(0, threshold.exitCode());
        assertTrue(threshold.err().contains("threshold must be"), threshold.err());
        assertTrue(Files.notExists(tmp.resolve("x.ply")));
    }
}
