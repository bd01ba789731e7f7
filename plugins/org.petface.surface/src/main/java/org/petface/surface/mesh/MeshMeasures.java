package org.petface.surface.mesh;

import java.util.Arrays;

/** Area, enclosed volume and closedness of a triangle mesh given as interleaved vertices and index triples. */
public final class MeshMeasures {

    private MeshMeasures() {
    }

    public static double area(float[] v, int[] t) {
        double sum = 0;
        double[] c = new double[3];
        for (int n = 0; n < t.length; n += 3) {
            VertexNormals.faceNormal(v, 3 * t[n], 3 * t[n + 1], 3 * t[n + 2], c);
            sum += Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]) / 2;
        }
        return sum;
    }

    /** Signed volume by the divergence theorem: positive when the triangles wind outward. */
    public static double enclosedVolume(float[] v, int[] t) {
        double sum = 0;
        for (int n = 0; n < t.length; n += 3) {
            int a = 3 * t[n];
            int b = 3 * t[n + 1];
            int c = 3 * t[n + 2];
            sum += v[a] * ((double) v[b + 1] * v[c + 2] - (double) v[b + 2] * v[c + 1])
                    - v[a + 1] * ((double) v[b] * v[c + 2] - (double) v[b + 2] * v[c])
                    + v[a + 2] * ((double) v[b] * v[c + 1] - (double) v[b + 1] * v[c]);
        }
        return sum / 6;
    }

    /**
     * True when the mesh is closed and consistently wound: every directed edge a->b occurs exactly once and its
     * reverse b->a exactly once too (so every edge has exactly two triangles that agree on orientation).
     */
    public static boolean isClosedAndOriented(int vertexCount, int[] t) {
        long[] directed = new long[t.length];
        for (int n = 0; n < t.length; n += 3) {
            for (int e = 0; e < 3; e++) {
                int a = t[n + e];
                int b = t[n + (e + 1) % 3];
                if (a == b) {
                    return false;
                }
                directed[n + e] = (long) a * vertexCount + b;
            }
        }
        Arrays.sort(directed);
        for (int n = 0; n < directed.length; n++) {
            if (n > 0 && directed[n] == directed[n - 1]) {
                return false;
            }
            long a = directed[n] / vertexCount;
            long b = directed[n] % vertexCount;
            if (Arrays.binarySearch(directed, b * vertexCount + a) < 0) {
                return false;
            }
        }
        return true;
    }
}
