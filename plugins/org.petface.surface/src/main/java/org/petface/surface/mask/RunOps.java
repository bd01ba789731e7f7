package org.petface.surface.mask;

/** Union and intersection of two rows' sorted run lists, (begin, end exclusive) pairs. */
final class RunOps {

    private RunOps() {
    }

    static void union(int[] a, int aFirst, int aLast, int[] b, int bFirst, int bLast, RunMask.Builder out) {
        int x = aFirst;
        int y = bFirst;
        while (x < aLast || y < bLast) {
            boolean takeA = y >= bLast || (x < aLast && a[2 * x] <= b[2 * y]);
            if (takeA) {
                out.add(a[2 * x], a[2 * x + 1]);
                x++;
            } else {
                out.add(b[2 * y], b[2 * y + 1]);
                y++;
            }
        }
    }

    static void intersect(int[] a, int aFirst, int aLast, int[] b, int bFirst, int bLast, RunMask.Builder out) {
        int x = aFirst;
        int y = bFirst;
        while (x < aLast && y < bLast) {
            int begin = Math.max(a[2 * x], b[2 * y]);
            int end = Math.min(a[2 * x + 1], b[2 * y + 1]);
            if (begin < end) {
                out.add(begin, end);
            }
            if (a[2 * x + 1] < b[2 * y + 1]) {
                x++;
            } else {
                y++;
            }
        }
    }
}
