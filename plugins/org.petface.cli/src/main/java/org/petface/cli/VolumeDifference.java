package org.petface.cli;

import org.petface.core.Volume;

/** Compares two volumes on the same grid voxel by voxel. */
final class VolumeDifference {

    private VolumeDifference() {
    }

    /** The largest absolute voxel difference; infinite when grids or units differ. */
    static double maxAbs(Volume a, Volume b) {
        if (!a.grid().equals(b.grid()) && !sameShapeAndCloseAffine(a, b)) {
            return Double.POSITIVE_INFINITY;
        }
        if (a.unit() != b.unit()) {
            return Double.POSITIVE_INFINITY;
        }
        float[] x = a.voxels();
        float[] y = b.voxels();
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            max = Math.max(max, Math.abs((double) x[i] - y[i]));
        }
        return max;
    }

    private static boolean sameShapeAndCloseAffine(Volume a, Volume b) {
        return a.grid().nx() == b.grid().nx() && a.grid().ny() == b.grid().ny() && a.grid().nz() == b.grid().nz()
                && a.affine().approximatelyEquals(b.affine(), 1e-3);
    }
}
