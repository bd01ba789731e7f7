package org.petface.surface;

import org.petface.core.Affine;
import org.petface.surface.mask.RunMask;

/**
 * The head part of a body mask: from the most superior plane with at least 1 cm² of body down a head height,
 * along the voxel axis closest to patient S. Found from the mask's runs, so it costs nothing next to a pass over
 * the voxels.
 *
 * @param axis  the voxel axis along S
 * @param first first plane kept (inclusive)
 * @param last  last plane kept (inclusive)
 * @param cutLow  whether planes below {@code first} held body (the crop cut through it there)
 * @param cutHigh whether planes above {@code last} held body
 */
public record HeadRegion(int axis, int first, int last, boolean cutLow, boolean cutHigh) {

    private static final double MIN_AREA_MM2 = 100;

    public static HeadRegion of(RunMask body, Affine affine, double headHeightMm) {
        int axis = closestAxis(affine, 2);
        double[] spacing = {affine.spacing(0), affine.spacing(1), affine.spacing(2)};
        double area = 1;
        for (int a = 0; a < 3; a++) {
            area *= a == axis ? 1 : spacing[a];
        }
        long[] count = body.countAlong(axis);
        boolean upIsPlus = affine.get(2, axis) > 0;
        int n = count.length;
        int top = -1;
        for (int q = 0; q < n && top < 0; q++) {
            int plane = upIsPlus ? n - 1 - q : q;
            if (count[plane] * area >= MIN_AREA_MM2) {
                top = plane;
            }
        }
        if (top < 0) {
            return new HeadRegion(axis, 0, n - 1, false, false);
        }
        int steps = (int) Math.ceil(headHeightMm / spacing[axis]);
        int bottom = Math.max(0, Math.min(n - 1, top + (upIsPlus ? -steps : steps)));
        int first = Math.min(top, bottom);
        int last = Math.max(top, bottom);
        boolean cutLow = false;
        boolean cutHigh = false;
        for (int q = 0; q < n; q++) {
            cutLow |= q < first && count[q] > 0;
            cutHigh |= q > last && count[q] > 0;
        }
        return new HeadRegion(axis, first, last, cutLow, cutHigh);
    }

    /** The voxel axis whose direction is closest to patient axis 0 (L), 1 (P) or 2 (S). */
    public static int closestAxis(Affine affine, int patientAxis) {
        int best = 0;
        double bestCos = -1;
        for (int a = 0; a < 3; a++) {
            double cos = Math.abs(affine.get(patientAxis, a)) / affine.spacing(a);
            if (cos > bestCos + 1e-12) {
                best = a;
                bestCos = cos;
            }
        }
        return best;
    }
}
