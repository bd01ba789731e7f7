package org.petface.surface.mask;

/**
 * Erosion and dilation of a {@link RunMask} by a box of half-widths (ri, rj, rk) voxels, done separably axis by
 * axis on runs. Outside the grid counts as background.
 */
public final class Morphology {

    private Morphology() {
    }

    public static RunMask erode(RunMask m, int ri, int rj, int rk) {
        return alongRows(alongRows(alongI(m, -ri), 1, rj, false), 2, rk, false);
    }

    public static RunMask dilate(RunMask m, int ri, int rj, int rk) {
        return alongRows(alongRows(alongI(m, ri), 1, rj, true), 2, rk, true);
    }

    /** Opening (erode, then dilate): removes parts thinner than the box. */
    public static RunMask open(RunMask m, int ri, int rj, int rk) {
        return dilate(erode(m, ri, rj, rk), ri, rj, rk);
    }

    /** Closing (dilate, then erode): fills gaps and dents narrower than the box. */
    public static RunMask close(RunMask m, int ri, int rj, int rk) {
        return erode(dilate(m, ri, rj, rk), ri, rj, rk);
    }

    /** Grows (r > 0) or shrinks (r < 0) every run by |r| voxels at both ends. */
    private static RunMask alongI(RunMask m, int r) {
        if (r == 0) {
            return m;
        }
        RunMask.Builder b = new RunMask.Builder(m.nx(), m.ny(), m.nz());
        for (int row = 0; row < m.rowCount(); row++) {
            for (int run = m.firstRun(row); run < m.firstRun(row + 1); run++) {
                int begin = Math.max(0, m.runBegin(run) - r);
                int end = Math.min(m.nx(), m.runEnd(run) + r);
                if (begin < end) {
                    b.add(begin, end);
                }
            }
            b.endRow();
        }
        return b.build();
    }

    /** Union (dilate) or intersection (erode) of the rows within r steps along j (axis 1) or k (axis 2). */
    private static RunMask alongRows(RunMask m, int axis, int r, boolean dilate) {
        if (r == 0) {
            return m;
        }
        int ny = m.ny();
        int n = axis == 1 ? ny : m.nz();
        int[] runs = m.runArray();
        int[] rowStart = m.rowStarts();
        RunMask.Builder b = new RunMask.Builder(m.nx(), ny, m.nz());
        int[] acc = new int[2 * m.nx() + 2];
        int[] tmp = new int[2 * m.nx() + 2];
        for (int row = 0; row < m.rowCount(); row++) {
            int q = axis == 1 ? row % ny : row / ny;
            int step = axis == 1 ? 1 : ny;
            if (!dilate && (q - r < 0 || q + r >= n)) {
                b.endRow();
                continue;
            }
            int accRuns = copyRow(runs, rowStart, row, acc);
            for (int d = -r; d <= r && (dilate || accRuns > 0); d++) {
                if (d == 0 || q + d < 0 || q + d >= n) {
                    continue;
                }
                int other = row + d * step;
                accRuns = dilate ? unite(acc, accRuns, runs, rowStart[other], rowStart[other + 1], tmp)
                        : intersect(acc, accRuns, runs, rowStart[other], rowStart[other + 1], tmp);
                int[] swap = acc;
                acc = tmp;
                tmp = swap;
            }
            for (int x = 0; x < accRuns; x++) {
                b.add(acc[2 * x], acc[2 * x + 1]);
            }
            b.endRow();
        }
        return b.build();
    }

    private static int copyRow(int[] runs, int[] rowStart, int row, int[] out) {
        int count = rowStart[row + 1] - rowStart[row];
        System.arraycopy(runs, 2 * rowStart[row], out, 0, 2 * count);
        return count;
    }

    private static int unite(int[] a, int aCount, int[] b, int bFirst, int bLast, int[] out) {
        int x = 0;
        int y = bFirst;
        int n = 0;
        while (x < aCount || y < bLast) {
            int begin;
            int end;
            if (y >= bLast || (x < aCount && a[2 * x] <= b[2 * y])) {
                begin = a[2 * x];
                end = a[2 * x + 1];
                x++;
            } else {
                begin = b[2 * y];
                end = b[2 * y + 1];
                y++;
            }
            if (n > 0 && out[2 * n - 1] >= begin) {
                out[2 * n - 1] = Math.max(out[2 * n - 1], end);
            } else {
                out[2 * n] = begin;
                out[2 * n + 1] = end;
                n++;
            }
        }
        return n;
    }

    private static int intersect(int[] a, int aCount, int[] b, int bFirst, int bLast, int[] out) {
        int x = 0;
        int y = bFirst;
        int n = 0;
        while (x < aCount && y < bLast) {
            int begin = Math.max(a[2 * x], b[2 * y]);
            int end = Math.min(a[2 * x + 1], b[2 * y + 1]);
            if (begin < end) {
                out[2 * n] = begin;
                out[2 * n + 1] = end;
                n++;
            }
            if (a[2 * x + 1] < b[2 * y + 1]) {
                x++;
            } else {
                y++;
            }
        }
        return n;
    }
}
