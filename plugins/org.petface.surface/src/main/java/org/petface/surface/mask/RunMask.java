package org.petface.surface.mask;

import java.util.Arrays;
import org.petface.surface.arrays.IntArrayList;
import org.petface.volume.ops.ParallelRange;

/**
 * A binary volume stored as runs of set voxels along i, row by row (row = j + ny * k). Most of a body mask is
 * long runs, so labelling, morphology and hole filling work on a few hundred thousand runs instead of tens of
 * millions of voxels. Immutable.
 */
public final class RunMask {

    private final int nx;
    private final int ny;
    private final int nz;
    /** Runs of row r are runs[2 * rowStart[r] .. 2 * rowStart[r + 1]) as (begin, end exclusive) pairs. */
    private final int[] rowStart;
    private final int[] runs;

    RunMask(int nx, int ny, int nz, int[] rowStart, int[] runs) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.rowStart = rowStart;
        this.runs = runs;
    }

    /** The voxels whose value is above the threshold (NaN is never above). */
    public static RunMask above(float[] values, int nx, int ny, int nz, float threshold, int threads) {
        if ((long) nx * ny * nz != values.length) {
            throw new IllegalArgumentException("values do not fill " + nx + "x" + ny + "x" + nz);
        }
        int rows = ny * nz;
        int slabs = Math.min(nz, Math.max(1, threads) * 8);
        int[][] slabRuns = new int[slabs][];
        int[] rowCount = new int[rows];
        ParallelRange.forEach(slabs, threads, s -> {
            int k0 = (int) ((long) nz * s / slabs);
            int k1 = (int) ((long) nz * (s + 1) / slabs);
            IntArrayList list = new IntArrayList(1024);
            for (int row = k0 * ny; row < k1 * ny; row++) {
                int base = row * nx;
                int before = list.size();
                int i = 0;
                while (i < nx) {
                    while (i < nx && !(values[base + i] > threshold)) {
                        i++;
                    }
                    if (i == nx) {
                        break;
                    }
                    int begin = i;
                    while (i < nx && values[base + i] > threshold) {
                        i++;
                    }
                    list.add(begin, i);
                }
                rowCount[row] = (list.size() - before) / 2;
            }
            slabRuns[s] = list.toArray();
        });
        int[] rowStart = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            rowStart[r + 1] = rowStart[r] + rowCount[r];
        }
        int[] runs = new int[2 * rowStart[rows]];
        int o = 0;
        for (int[] part : slabRuns) {
            System.arraycopy(part, 0, runs, o, part.length);
            o += part.length;
        }
        return new RunMask(nx, ny, nz, rowStart, runs);
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public int nz() {
        return nz;
    }

    public int rowCount() {
        return ny * nz;
    }

    public int runCount() {
        return rowStart[rowStart.length - 1];
    }

    /** Index of the first run of a row; the row's runs are firstRun(row) .. firstRun(row + 1) - 1. */
    public int firstRun(int row) {
        return rowStart[row];
    }

    public int runBegin(int run) {
        return runs[2 * run];
    }

    /** Exclusive end of a run. */
    public int runEnd(int run) {
        return runs[2 * run + 1];
    }

    public long voxelCount() {
        long n = 0;
        for (int r = 0; r < runCount(); r++) {
            n += runs[2 * r + 1] - runs[2 * r];
        }
        return n;
    }

    public boolean isEmpty() {
        return runCount() == 0;
    }

    public boolean contains(int i, int j, int k) {
        if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz) {
            return false;
        }
        int row = j + ny * k;
        for (int r = rowStart[row]; r < rowStart[row + 1]; r++) {
            if (i < runs[2 * r]) {
                return false;
            }
            if (i < runs[2 * r + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Marks the row's set voxels in {@code out[offset + i]} as 1 and the others as 0, for i in 0..nx-1. */
    public void fillRow(int row, byte[] out, int offset) {
        Arrays.fill(out, offset, offset + nx, (byte) 0);
        for (int r = rowStart[row]; r < rowStart[row + 1]; r++) {
            Arrays.fill(out, offset + runs[2 * r], offset + runs[2 * r + 1], (byte) 1);
        }
    }

    /** The bounding box of the set voxels as {min i, min j, min k, max i, max j, max k}; null when empty. */
    public int[] boundingBox() {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, -1};
        for (int row = 0; row < rowCount(); row++) {
            int first = rowStart[row];
            int last = rowStart[row + 1] - 1;
            if (last < first) {
                continue;
            }
            int j = row % ny;
            int k = row / ny;
            box[0] = Math.min(box[0], runs[2 * first]);
            box[3] = Math.max(box[3], runs[2 * last + 1] - 1);
            box[1] = Math.min(box[1], j);
            box[4] = Math.max(box[4], j);
            box[2] = Math.min(box[2], k);
            box[5] = Math.max(box[5], k);
        }
        return box[3] < 0 ? null : box;
    }

    /** Set voxels per plane along an axis (0 = i, 1 = j, 2 = k). */
    public long[] countAlong(int axis) {
        int[] size = {nx, ny, nz};
        long[] count = new long[size[axis]];
        for (int row = 0; row < rowCount(); row++) {
            for (int r = rowStart[row]; r < rowStart[row + 1]; r++) {
                int b = runs[2 * r];
                int e = runs[2 * r + 1];
                switch (axis) {
                    case 0 -> {
                        for (int i = b; i < e; i++) {
                            count[i]++;
                        }
                    }
                    case 1 -> count[row % ny] += e - b;
                    default -> count[row / ny] += e - b;
                }
            }
        }
        return count;
    }

    /** The runs whose flag is set, in the same rows. */
    public RunMask selectRuns(boolean[] keep) {
        Builder b = new Builder(nx, ny, nz);
        for (int row = 0; row < rowCount(); row++) {
            for (int r = rowStart[row]; r < rowStart[row + 1]; r++) {
                if (keep[r]) {
                    b.add(runs[2 * r], runs[2 * r + 1]);
                }
            }
            b.endRow();
        }
        return b.build();
    }

    /** The set voxels whose index along an axis lies in lo..hi (inclusive). */
    public RunMask clip(int axis, int lo, int hi) {
        Builder b = new Builder(nx, ny, nz);
        for (int row = 0; row < rowCount(); row++) {
            int q = axis == 1 ? row % ny : row / ny;
            for (int r = rowStart[row]; r < rowStart[row + 1]; r++) {
                int begin = runs[2 * r];
                int end = runs[2 * r + 1];
                if (axis == 0) {
                    begin = Math.max(begin, lo);
                    end = Math.min(end, hi + 1);
                    if (begin < end) {
                        b.add(begin, end);
                    }
                } else if (q >= lo && q <= hi) {
                    b.add(begin, end);
                }
            }
            b.endRow();
        }
        return b.build();
    }

    /** Voxels not set, within the grid. */
    public RunMask complement() {
        Builder b = new Builder(nx, ny, nz);
        for (int row = 0; row < rowCount(); row++) {
            int at = 0;
            for (int r = rowStart[row]; r < rowStart[row + 1]; r++) {
                if (runs[2 * r] > at) {
                    b.add(at, runs[2 * r]);
                }
                at = runs[2 * r + 1];
            }
            if (at < nx) {
                b.add(at, nx);
            }
            b.endRow();
        }
        return b.build();
    }

    public RunMask or(RunMask other) {
        return combine(other, true);
    }

    public RunMask and(RunMask other) {
        return combine(other, false);
    }

    public RunMask minus(RunMask other) {
        return and(other.complement());
    }

    private RunMask combine(RunMask other, boolean union) {
        if (other.nx != nx || other.ny != ny || other.nz != nz) {
            throw new IllegalArgumentException("masks differ in size");
        }
        Builder b = new Builder(nx, ny, nz);
        for (int row = 0; row < rowCount(); row++) {
            if (union) {
                RunOps.union(runs, rowStart[row], rowStart[row + 1], other.runs, other.rowStart[row],
                        other.rowStart[row + 1], b);
            } else {
                RunOps.intersect(runs, rowStart[row], rowStart[row + 1], other.runs, other.rowStart[row],
                        other.rowStart[row + 1], b);
            }
            b.endRow();
        }
        return b.build();
    }

    int[] rowStarts() {
        return rowStart;
    }

    int[] runArray() {
        return runs;
    }

    /** Collects runs row by row; runs within a row must come in order and not touch. */
    static final class Builder {
        private final int nx;
        private final int ny;
        private final int nz;
        private final int[] rowStart;
        private final IntArrayList runs = new IntArrayList(1024);
        private int row;

        Builder(int nx, int ny, int nz) {
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            this.rowStart = new int[ny * nz + 1];
        }

        /** Appends a run to the current row, merging it with the previous run when they touch. */
        void add(int begin, int end) {
            int n = runs.size();
            if (n > 2 * rowStart[row] && runs.get(n - 1) >= begin) {
                runs.raw()[n - 1] = Math.max(end, runs.get(n - 1));
                return;
            }
            runs.add(begin, end);
        }

        void endRow() {
            row++;
            rowStart[row] = runs.size() / 2;
        }

        RunMask build() {
            if (row != ny * nz) {
                throw new IllegalStateException("built " + row + " of " + ny * nz + " rows");
            }
            return new RunMask(nx, ny, nz, rowStart, runs.toArray());
        }
    }
}
