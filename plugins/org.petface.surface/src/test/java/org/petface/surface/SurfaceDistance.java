package org.petface.surface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Distance (mm) from points to the nearest vertex of a dense reference mesh, via a uniform hash grid. */
final class SurfaceDistance {

    private final float[] ref;
    private final double cell;
    private final Map<Long, List<Integer>> grid = new HashMap<>();

    SurfaceDistance(float[] referenceVertices, double cellMm) {
        this.ref = referenceVertices;
        this.cell = cellMm;
        for (int p = 0; p < ref.length; p += 3) {
            grid.computeIfAbsent(key(cellOf(ref[p]), cellOf(ref[p + 1]), cellOf(ref[p + 2])), x -> new ArrayList<>())
                    .add(p);
        }
    }

    double nearest(double x, double y, double z, int searchCells) {
        double best = Double.MAX_VALUE;
        long cx = cellOf(x);
        long cy = cellOf(y);
        long cz = cellOf(z);
        for (long a = -searchCells; a <= searchCells; a++) {
            for (long b = -searchCells; b <= searchCells; b++) {
                for (long c = -searchCells; c <= searchCells; c++) {
                    List<Integer> list = grid.get(key(cx + a, cy + b, cz + c));
                    if (list == null) {
                        continue;
                    }
                    for (int p : list) {
                        double dx = ref[p] - x;
                        double dy = ref[p + 1] - y;
                        double dz = ref[p + 2] - z;
                        best = Math.min(best, dx * dx + dy * dy + dz * dz);
                    }
                }
            }
        }
        return Math.min(Math.sqrt(best), (searchCells + 1) * cell);
    }

    /** Quantiles of the distances of every point (capped at 5 cells: anything beyond counts as far). */
    double[] quantiles(float[] points, double... q) {
        double[] d = new double[points.length / 3];
        for (int p = 0; p < d.length; p++) {
            d[p] = nearest(points[3 * p], points[3 * p + 1], points[3 * p + 2], 4);
        }
        Arrays.sort(d);
        double[] out = new double[q.length];
        for (int n = 0; n < q.length; n++) {
            out[n] = d.length == 0 ? Double.NaN : d[(int) Math.min(d.length - 1, Math.floor(q[n] * d.length))];
        }
        return out;
    }

    private long cellOf(double v) {
        return (long) Math.floor(v / cell);
    }

    private static long key(long x, long y, long z) {
        return ((x + 100_000) * 200_000 + (y + 100_000)) * 200_000 + (z + 100_000);
    }
}
