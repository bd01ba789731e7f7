package org.petface.matcher.shape;

/** A 3-D k-d tree over a fixed point set for nearest-neighbour queries (exact). */
final class PointTree {

    private final double[] points;
    private final int[] order;
    private final byte[] axis;

    /** @param points x,y,z interleaved; not copied, must not change */
    PointTree(double[] points) {
        this.points = points;
        int n = points.length / 3;
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        axis = new byte[n];
        build(0, n);
    }

    double[] points() {
        return points;
    }

    /** The index of the point nearest to (x, y, z); ties go to the lower tree position (deterministic). */
    int nearest(double x, double y, double z) {
        double[] best = {Double.POSITIVE_INFINITY};
        int[] bestIndex = {-1};
        search(0, order.length, x, y, z, best, bestIndex);
        return bestIndex[0];
    }

    private void build(int lo, int hi) {
        if (hi - lo <= 1) {
            return;
        }
        int a = widestAxis(lo, hi);
        int mid = (lo + hi) >>> 1;
        select(lo, hi - 1, mid, a);
        axis[mid] = (byte) a;
        build(lo, mid);
        build(mid + 1, hi);
    }

    private int widestAxis(int lo, int hi) {
        int best = 0;
        double bestSpread = -1;
        for (int a = 0; a < 3; a++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = lo; i < hi; i++) {
                double c = points[3 * order[i] + a];
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
            if (max - min > bestSpread) {
                bestSpread = max - min;
                best = a;
            }
        }
        return best;
    }

    /** Quickselect on order[lo..hi] so that position k holds the k-th smallest along axis a. */
    private void select(int lo, int hi, int k, int a) {
        while (lo < hi) {
            double pivot = points[3 * order[(lo + hi) >>> 1] + a];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (points[3 * order[i] + a] < pivot) {
                    i++;
                }
                while (points[3 * order[j] + a] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private void search(int lo, int hi, double x, double y, double z, double[] best, int[] bestIndex) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int p = order[mid];
            double dx = points[3 * p] - x;
            double dy = points[3 * p + 1] - y;
            double dz = points[3 * p + 2] - z;
            double d2 = dx * dx + dy * dy + dz * dz;
            if (d2 < best[0]) {
                best[0] = d2;
                bestIndex[0] = p;
            }
            if (hi - lo == 1) {
                return;
            }
            int a = axis[mid];
            double diff = (a == 0 ? x : a == 1 ? y : z) - points[3 * p + a];
            int nearLo = diff < 0 ? lo : mid + 1;
            int nearHi = diff < 0 ? mid : hi;
            int farLo = diff < 0 ? mid + 1 : lo;
            int farHi = diff < 0 ? hi : mid;
            search(nearLo, nearHi, x, y, z, best, bestIndex);
            if (diff * diff >= best[0]) {
                return;
            }
            lo = farLo;
            hi = farHi;
        }
    }
}
