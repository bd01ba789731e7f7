package org.petface.surface.mask;

/**
 * Connected components of a {@link RunMask}, found by union-find over runs (no recursion, no per-voxel work).
 * Components are numbered 0.. in the order of their first run, so labels are deterministic.
 *
 * @param runLabel  the component of each run
 * @param voxels    voxel count per component
 * @param count     number of components
 */
public record Components(int[] runLabel, long[] voxels, int count) {

    /** 26-connected components of the set voxels. */
    public static Components of26(RunMask mask) {
        return label(mask, true);
    }

    /** 6-connected components (face neighbours only), the dual of 26-connectivity for the background. */
    public static Components of6(RunMask mask) {
        return label(mask, false);
    }

    /** The runs of one component. */
    public boolean[] runsOf(int component) {
        boolean[] keep = new boolean[runLabel.length];
        for (int r = 0; r < runLabel.length; r++) {
            keep[r] = runLabel[r] == component;
        }
        return keep;
    }

    /** The component with the most voxels among those accepted; -1 when none is. */
    public int largest(java.util.function.IntPredicate accept) {
        int best = -1;
        for (int c = 0; c < count; c++) {
            if (accept.test(c) && (best < 0 || voxels[c] > voxels[best])) {
                best = c;
            }
        }
        return best;
    }

    private static Components label(RunMask mask, boolean full) {
        int n = mask.runCount();
        int[] parent = new int[n];
        for (int r = 0; r < n; r++) {
            parent[r] = r;
        }
        int ny = mask.ny();
        int nz = mask.nz();
        int slack = full ? 1 : 0;
        int[] runs = mask.runArray();
        int[] rowStart = mask.rowStarts();
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                int row = j + ny * k;
                if (rowStart[row] == rowStart[row + 1]) {
                    continue;
                }
                if (j > 0) {
                    join(parent, runs, rowStart, row, row - 1, slack);
                }
                if (k > 0) {
                    join(parent, runs, rowStart, row, row - ny, slack);
                    if (full && j > 0) {
                        join(parent, runs, rowStart, row, row - ny - 1, slack);
                    }
                    if (full && j < ny - 1) {
                        join(parent, runs, rowStart, row, row - ny + 1, slack);
                    }
                }
            }
        }
        int[] label = new int[n];
        int[] rootLabel = new int[n];
        java.util.Arrays.fill(rootLabel, -1);
        long[] voxels = new long[Math.max(1, n)];
        int count = 0;
        for (int r = 0; r < n; r++) {
            int root = find(parent, r);
            if (rootLabel[root] < 0) {
                rootLabel[root] = count++;
            }
            label[r] = rootLabel[root];
            voxels[label[r]] += runs[2 * r + 1] - runs[2 * r];
        }
        return new Components(label, java.util.Arrays.copyOf(voxels, count), count);
    }

    /** Unions the runs of two rows that touch: overlap in i, or with slack 1 also diagonally. */
    private static void join(int[] parent, int[] runs, int[] rowStart, int rowA, int rowB, int slack) {
        int a = rowStart[rowA];
        int aLast = rowStart[rowA + 1];
        int b = rowStart[rowB];
        int bLast = rowStart[rowB + 1];
        while (a < aLast && b < bLast) {
            if (runs[2 * b] < runs[2 * a + 1] + slack && runs[2 * a] < runs[2 * b + 1] + slack) {
                union(parent, a, b);
            }
            if (runs[2 * a + 1] < runs[2 * b + 1]) {
                a++;
            } else {
                b++;
            }
        }
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // The smaller index becomes the root, so roots do not depend on union order.
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    }
}
