package org.petface.surface.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarchingCubesTest {

    private static float[] sphere(int n, double cx, double cy, double cz, double radius) {
        float[] f = new float[n * n * n];
        int at = 0;
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double d = Math.sqrt((i - cx) * (i - cx) + (j - cy) * (j - cy) + (k - cz) * (k - cz));
                    f[at++] = (float) (radius - d);
                }
            }
        }
        return f;
    }

    @Test
    void sphereHasAnalyticVolumeAndAreaAndIsClosed() {
        double r = 14.3;
        MarchingCubes.Surface s = MarchingCubes.extract(sphere(40, 19.6, 20.1, 19.3, r), 40, 40, 40, 0, 2);
        double volume = MeshMeasures.enclosedVolume(s.vertices(), s.triangles());
        double area = MeshMeasures.area(s.vertices(), s.triangles());
        assertEquals(4 / 3.0 * Math.PI * r * r * r, volume, 0.01 * 4 / 3.0 * Math.PI * r * r * r);
        assertEquals(4 * Math.PI * r * r, area, 0.01 * 4 * Math.PI * r * r);
        assertTrue(MeshMeasures.isClosedAndOriented(s.vertexCount(), s.triangles()));
        assertNoDuplicateVertices(s.vertices());
    }

    @Test
    void resultDoesNotDependOnThreadCount() {
        float[] f = sphere(30, 14.5, 15.2, 13.9, 9.7);
        MarchingCubes.Surface one = MarchingCubes.extract(f, 30, 30, 30, 0, 1);
        MarchingCubes.Surface two = MarchingCubes.extract(f, 30, 30, 30, 0, 2);
        assertTrue(java.util.Arrays.equals(one.vertices(), two.vertices()));
        assertTrue(java.util.Arrays.equals(one.triangles(), two.triangles()));
    }

    @Test
    void ambiguousNoiseStaysClosed() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        int n = 16;
        float[] f = new float[n * n * n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    boolean border = i == 0 || j == 0 || k == 0 || i == n - 1 || j == n - 1 || k == n - 1;
                    f[i + n * (j + n * k)] = border ? -1 : (float) rng.nextDouble(-1, 1);
                }
            }
        }
        MarchingCubes.Surface s = MarchingCubes.extract(f, n, n, n, 0, 2);
        assertTrue(s.triangleCount() > 1000);
        assertTrue(MeshMeasures.isClosedAndOriented(s.vertexCount(), s.triangles()));
        assertTrue(MeshMeasures.enclosedVolume(s.vertices(), s.triangles()) > 0);
    }

    static void assertNoDuplicateVertices(float[] v) {
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < v.length; n += 3) {
            assertTrue(seen.add(v[n] + "," + v[n + 1] + "," + v[n + 2]), "duplicate vertex " + n / 3);
        }
    }
}
