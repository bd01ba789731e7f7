package org.petface.surface.mesh;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.petface.surface.arrays.FloatArrayList;
import org.petface.surface.arrays.IntArrayList;

/**
 * Decimation by vertex clustering (Rossignac and Borrel 1993): vertices falling into one cubic cell merge into
 * their mean, triangles that collapse are dropped, and the cell size is found by bisection so the mesh keeps at
 * most the target number of triangles. Simple and predictable; unlike edge collapse it does not guarantee a
 * manifold result where the cell size approaches the thickness of a feature.
 */
public final class VertexClustering {

    private VertexClustering() {
    }

    /** Vertices and triangles of the decimated mesh; the input itself when it is already small enough. */
    public record Decimated(float[] vertices, int[] triangles, double cellMm) {
    }

    public static Decimated toTarget(float[] v, int[] t, int targetTriangles) {
        if (targetTriangles <= 0) {
            throw new IllegalArgumentException("target triangle count must be positive, got " + targetTriangles);
        }
        if (t.length / 3 <= targetTriangles) {
            return new Decimated(v, t, 0);
        }
        double[] box = bounds(v);
        double diagonal = Math.sqrt(sq(box[3] - box[0]) + sq(box[4] - box[1]) + sq(box[5] - box[2]));
        double low = diagonal * 1e-4;
        double high = diagonal;
        Decimated best = cluster(v, t, high);
        for (int it = 0; it < 24; it++) {
            double mid = Math.sqrt(low * high);
            Decimated d = cluster(v, t, mid);
            if (d.triangles().length / 3 <= targetTriangles) {
                best = d;
                high = mid;
            } else {
                low = mid;
            }
            if (high / low < 1.01) {
                break;
            }
        }
        return best;
    }

    static Decimated cluster(float[] v, int[] t, double cell) {
        double[] box = bounds(v);
        Map<Long, Integer> cellIndex = new HashMap<>();
        int n = v.length / 3;
        int[] map = new int[n];
        double[] sum = new double[3 * n];
        int[] count = new int[n];
        int cells = 0;
        for (int p = 0; p < n; p++) {
            long cx = (long) ((v[3 * p] - box[0]) / cell);
            long cy = (long) ((v[3 * p + 1] - box[1]) / cell);
            long cz = (long) ((v[3 * p + 2] - box[2]) / cell);
            long key = (cx * 2_097_152L + cy) * 2_097_152L + cz;
            Integer c = cellIndex.get(key);
            if (c == null) {
                c = cells++;
                cellIndex.put(key, c);
            }
            map[p] = c;
            sum[3 * c] += v[3 * p];
            sum[3 * c + 1] += v[3 * p + 1];
            sum[3 * c + 2] += v[3 * p + 2];
            count[c]++;
        }
        // Triangles over the same three cells (in any order) are kept once.
        Set<Triple> seen = new HashSet<>();
        IntArrayList tri = new IntArrayList(t.length / 2);
        for (int q = 0; q < t.length; q += 3) {
            int a = map[t[q]];
            int b = map[t[q + 1]];
            int c = map[t[q + 2]];
            if (a != b && b != c && a != c && seen.add(Triple.of(a, b, c))) {
                tri.add(a, b, c);
            }
        }
        int[] triangles = tri.toArray();
        int[] used = new int[cells];
        Arrays.fill(used, -1);
        FloatArrayList out = new FloatArrayList(3 * cells);
        int m = 0;
        for (int q = 0; q < triangles.length; q++) {
            int c = triangles[q];
            if (used[c] < 0) {
                used[c] = m++;
                out.add((float) (sum[3 * c] / count[c]), (float) (sum[3 * c + 1] / count[c]),
                        (float) (sum[3 * c + 2] / count[c]));
            }
            triangles[q] = used[c];
        }
        return new Decimated(out.toArray(), triangles, cell);
    }

    private record Triple(int lo, int mid, int hi) {
        static Triple of(int a, int b, int c) {
            int lo = Math.min(a, Math.min(b, c));
            int hi = Math.max(a, Math.max(b, c));
            return new Triple(lo, a + b + c - lo - hi, hi);
        }
    }

    private static double[] bounds(float[] v) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int p = 0; p < v.length; p += 3) {
            for (int a = 0; a < 3; a++) {
                b[a] = Math.min(b[a], v[p + a]);
                b[a + 3] = Math.max(b[a + 3], v[p + a]);
            }
        }
        return b;
    }

    private static double sq(double x) {
        return x * x;
    }
}
