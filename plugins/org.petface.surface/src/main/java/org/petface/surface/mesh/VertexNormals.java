package org.petface.surface.mesh;

/** Unit vertex normals: the area-weighted mean of the normals of the triangles around each vertex. */
public final class VertexNormals {

    private VertexNormals() {
    }

    public static float[] of(float[] v, int[] t) {
        double[] sum = new double[v.length];
        double[] normal = new double[3];
        for (int n = 0; n < t.length; n += 3) {
            faceNormal(v, 3 * t[n], 3 * t[n + 1], 3 * t[n + 2], normal);
            add(sum, 3 * t[n], normal);
            add(sum, 3 * t[n + 1], normal);
            add(sum, 3 * t[n + 2], normal);
        }
        float[] out = new float[v.length];
        for (int p = 0; p < v.length; p += 3) {
            double len = Math.sqrt(sum[p] * sum[p] + sum[p + 1] * sum[p + 1] + sum[p + 2] * sum[p + 2]);
            if (len > 0) {
                out[p] = (float) (sum[p] / len);
                out[p + 1] = (float) (sum[p + 1] / len);
                out[p + 2] = (float) (sum[p + 2] / len);
            }
        }
        return out;
    }

    /**
     * The normal of triangle (a, b, c), given as offsets of its vertices in {@code v}: (b - a) x (c - a), whose length
     * is twice the triangle's area (so sums of it weight by area). Written into {@code normal}.
     */
    public static void faceNormal(float[] v, int a, int b, int c, double[] normal) {
        double ux = v[b] - v[a];
        double uy = v[b + 1] - v[a + 1];
        double uz = v[b + 2] - v[a + 2];
        double wx = v[c] - v[a];
        double wy = v[c + 1] - v[a + 1];
        double wz = v[c + 2] - v[a + 2];
        normal[0] = uy * wz - uz * wy;
        normal[1] = uz * wx - ux * wz;
        normal[2] = ux * wy - uy * wx;
    }

    private static void add(double[] sum, int p, double[] normal) {
        sum[p] += normal[0];
        sum[p + 1] += normal[1];
        sum[p + 2] += normal[2];
    }
}
