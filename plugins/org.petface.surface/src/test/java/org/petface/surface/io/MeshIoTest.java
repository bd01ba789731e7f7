package org.petface.surface.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Mesh;
import org.petface.surface.mesh.MeshMeasures;
import org.petface.surface.mesh.VertexNormals;

class MeshIoTest {

    @TempDir
    Path tmp;

    /** A closed tetrahedron, outward wound. */
    private static Mesh tetrahedron() {
        float[] v = {0, 0, 0, 10.5f, 0, 0, 0, 20.25f, 0, 0, 0, -30.125f};
        int[] t = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
        return new Mesh(v, t, VertexNormals.of(v, t));
    }

    @Test
    void everyFormatReadsBackTheSameMesh() throws IOException {
        Mesh m = tetrahedron();
        assertTrue(MeshMeasures.isClosedAndOriented(4, m.triangles()));
        for (String name : new String[] {"m.ply", "m.stl", "m.obj"}) {
            Path file = tmp.resolve(name);
            MeshWriter.write(m, file);
            Mesh back = MeshReader.read(file);
            assertEquals(4, back.vertexCount(), name);
            assertTrue(MeshMeasures.isClosedAndOriented(4, back.triangles()), name);
            if (!name.endsWith(".stl")) {
                assertArrayEquals(m.vertices(), back.vertices(), 0f, name);
                assertArrayEquals(m.triangles(), back.triangles(), name);
                assertArrayEquals(m.normals(), back.normals(), 1e-6f, name);
            }
            assertEquals(MeshMeasures.enclosedVolume(m.vertices(), m.triangles()),
                    MeshMeasures.enclosedVolume(back.vertices(), back.triangles()), 1e-9, name);
        }
        assertEquals(84 + 50 * 4, Files.size(tmp.resolve("m.stl")));
    }

    @Test
    void badFilesGiveErrorsNamingTheFile() throws IOException {
        Path stl = tmp.resolve("short.stl");
        Files.write(stl, new byte[90]);
        IOException e = assertThrows(IOException.class, () -> MeshReader.read(stl));
        assertTrue(e.getMessage().contains("short.stl"), e.getMessage());
        Path ply = tmp.resolve("ascii.ply");
        Files.writeString(ply, "ply\nformat ascii 1.0\nend_header\n");
        assertThrows(IOException.class, () -> MeshReader.read(ply));
        Path obj = tmp.resolve("dangling.obj");
        Files.writeString(obj, "v 0 0 0\nf 1 2 3\n");
        assertThrows(IOException.class, () -> MeshReader.read(obj));
        assertThrows(IllegalArgumentException.class, () -> MeshFormat.of(tmp.resolve("m.vtk")));
    }
}
