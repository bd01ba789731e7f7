package org.petface.surface.mesh;

/** Unit vertex normals: the area-weighted mean of the normals of the triangles around each vertex. */
public final class VertexNormals {

    private VertexNormals() {
    }

    public static float[] of(float[] v, int[] t) {
        double[] sum = new double[v.length];
        for (int n = 0; n < t.length; n += 3) {
            int a = 3 * t[n];
            int b = 3 * t[n + 1];
            int c = 3 * t[n + 2];
            double ux = v[b] - v[a];
            double uy = v[b + 1] - v[a + 1];
            double uz = v[b + 2] - v[a + 2];
            double wx = v[c] - v[a];
            double wy = v[c + 1] - v[a + 1];
            double wz = v[c + 2] - v[a + 2];
            double nx = uy * wz - uz * wy;
            double ny = uz * wx - ux * wz;
            double nz = ux * wy - uy * wx;
            for (int p : new int[] {a, b, c}) {
                sum[p] += nx;
                sum[p + 1] += ny;
                sum[p + 2] += nz;
            }
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
}
