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
        float[] normals = VertexNormals.of(s.vertices(), s.triangles());
        float[] v = s.vertices();
        for (int p = 0; p < v.length; p += 3) {
            double dx = v[p] - 19.6;
            double dy = v[p + 1] - 20.1;
            double dz = v[p + 2] - 19.3;
            double cos = (normals[p] * dx + normals[p + 1] * dy + normals[p + 2] * dz)
                    / Math.sqrt(dx * dx + dy * dy + dz * dz);
            assertTrue(cos > 0.9, "normal of vertex " + p / 3 + " points outward");
        }
    }

    @Test
    void boxHasAnalyticVolumeAndAreaAndIsClosed() {
        int n = 96;
        double[] lo = {5.5, 10.5, 17.5};
        double[] hi = {89.5, 80.5, 77.5};
        float[] f = new float[n * n * n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double d = Math.min(Math.min(Math.min(i - lo[0], hi[0] - i), Math.min(j - lo[1], hi[1] - j)),
                            Math.min(k - lo[2], hi[2] - k));
                    f[i + n * (j + n * k)] = (float) d;
                }
            }
        }
        MarchingCubes.Surface s = MarchingCubes.extract(f, n, n, n, 0, 2);
        double a = hi[0] - lo[0];
        double b = hi[1] - lo[1];
        double c = hi[2] - lo[2];
        assertEquals(a * b * c, MeshMeasures.enclosedVolume(s.vertices(), s.triangles()), 0.01 * a * b * c);
        double area = 2 * (a * b + b * c + a * c);
        assertEquals(area, MeshMeasures.area(s.vertices(), s.triangles()), 0.01 * area);
        assertTrue(MeshMeasures.isClosedAndOriented(s.vertexCount(), s.triangles()));
        assertNoDuplicateVertices(s.vertices());
    }

    @Test
    void smoothingKeepsTheSphereClosedAndTaubinShrinksLessThanLaplacian() {
        double r = 12;
        MarchingCubes.Surface s = MarchingCubes.extract(sphere(32, 15.5, 15.5, 15.5, r), 32, 32, 32, 0, 2);
        float[] laplace = s.vertices().clone();
        float[] taubin = s.vertices().clone();
        MeshSmoothing.laplacian(20).apply(laplace, s.triangles(), 2);
        MeshSmoothing.taubin(20).apply(taubin, s.triangles(), 2);
        double exact = 4 / 3.0 * Math.PI * r * r * r;
        double vl = MeshMeasures.enclosedVolume(laplace, s.triangles());
        double vt = MeshMeasures.enclosedVolume(taubin, s.triangles());
        assertTrue(Math.abs(vt - exact) < Math.abs(vl - exact), vt + " vs " + vl);
        assertEquals(exact, vt, 0.01 * exact);
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
