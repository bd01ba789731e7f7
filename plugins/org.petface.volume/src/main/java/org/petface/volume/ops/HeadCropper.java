package org.petface.volume.ops;

import java.util.Locale;
import org.petface.core.Affine;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;

/**
 * Crops a volume to the head: finds the body's superior end along S (the most superior slice whose body
 * cross-section is at least {@link HeadCropOptions#minBodyAreaMm2()}), keeps from there a head height downwards,
 * and in the other two axes the body's bounding box within that range; a margin in mm on every side. Works on
 * the voxel axis closest to S, so it needs no reorientation first; the crop copies voxels without moving them.
 */
public final class HeadCropper {

    private HeadCropper() {
    }

    public static Processed crop(Volume volume, HeadCropOptions options) {
        VoxelGrid grid = volume.grid();
        Affine affine = grid.affine();
        int[] size = {grid.nx(), grid.ny(), grid.nz()};
        double[] spacing = grid.spacing();
        int axis = superiorAxis(affine);
        int u = axis == 0 ? 1 : 0;
        int v = axis == 2 ? 1 : 2;
        double stepS = affine.get(2, axis);
        BodyThreshold threshold = BodyThreshold.of(volume, options);
        if (!Double.isFinite(threshold.value())) {
            return new Processed(volume, Status.warning("no finite voxel values, head not cropped"), "");
        }
        float t = (float) threshold.value();
        float[] voxels = volume.voxels();

        long[] bodyCount = countAlong(voxels, size, axis, t);
        double voxelArea = spacing[u] * spacing[v];
        int top = -1;
        for (int q = 0; q < size[axis]; q++) {
            int index = stepS > 0 ? size[axis] - 1 - q : q;
            if (bodyCount[index] * voxelArea >= options.minBodyAreaMm2()) {
                top = index;
                break;
            }
        }
        if (top < 0) {
            return new Processed(volume, Status.warning("no body found (" + threshold.description()
                    + "), head not cropped"), "");
        }
        int headSteps = (int) Math.ceil(options.headHeightMm() / Math.abs(stepS));
        int marginSteps = (int) Math.ceil(options.marginMm() / Math.abs(stepS));
        int sign = stepS > 0 ? -1 : 1;
        int headEnd = clamp(top + sign * headSteps, size[axis]);
        int[] lo = new int[3];
        int[] hi = new int[3];
        lo[axis] = Math.min(top, headEnd);
        hi[axis] = Math.max(top, headEnd);
        if (!boundingBox(voxels, size, axis, lo[axis], hi[axis], t, bodyCount, voxelArea, options, lo, hi)) {
            return new Processed(volume, Status.warning("no body found in the head region, head not cropped"), "");
        }
        lo[axis] = clamp(lo[axis] - marginSteps, size[axis]);
        hi[axis] = clamp(hi[axis] + marginSteps, size[axis]);
        for (int b : new int[] {u, v}) {
            int m = (int) Math.ceil(options.marginMm() / spacing[b]);
            lo[b] = clamp(lo[b] - m, size[b]);
            hi[b] = clamp(hi[b] + m, size[b]);
        }
        Volume cropped = copyBox(volume, lo, hi);
        double[] topCentre = {(size[0] - 1) / 2.0, (size[1] - 1) / 2.0, (size[2] - 1) / 2.0};
        topCentre[axis] = top;
        double topZ = affine.apply(topCentre[0], topCentre[1], topCentre[2])[2];
        String note = String.format(Locale.ROOT,
                "cropped to the head: body %s, superior end at %s=%d (z=%.1f mm); kept i %d..%d, j %d..%d, k %d..%d"
                        + " (%dx%dx%d of %dx%dx%d)",
                threshold.description(), "ijk".charAt(axis), top, topZ, lo[0], hi[0], lo[1], hi[1], lo[2],
                hi[2], cropped.grid().nx(), cropped.grid().ny(), cropped.grid().nz(), size[0], size[1], size[2]);
        return Processed.done(cropped, note);
    }

    /** The voxel axis whose direction is closest to S (+z or -z). */
    static int superiorAxis(Affine affine) {
        int best = 2;
        double bestCos = -1;
        for (int a = 0; a < 3; a++) {
            double cos = Math.abs(affine.get(2, a)) / affine.spacing(a);
            if (cos > bestCos + 1e-12) {
                best = a;
                bestCos = cos;
            }
        }
        return best;
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(size - 1, index));
    }

    /** Body voxels in each plane perpendicular to the axis. */
    private static long[] countAlong(float[] voxels, int[] size, int axis, float t) {
        long[] count = new long[size[axis]];
        int n = 0;
        for (int k = 0; k < size[2]; k++) {
            for (int j = 0; j < size[1]; j++) {
                for (int i = 0; i < size[0]; i++) {
                    if (voxels[n++] > t) {
                        count[axis == 0 ? i : axis == 1 ? j : k]++;
                    }
                }
            }
        }
        return count;
    }

    /**
     * Fills lo/hi of the two in-plane axes with the bounding box of body voxels in planes first..last along the
     * axis that hold enough body; false when there are none.
     */
    private static boolean boundingBox(float[] voxels, int[] size, int axis, int first, int last, float t,
                                       long[] bodyCount, double voxelArea, HeadCropOptions options,
                                       int[] lo, int[] hi) {
        int[] min = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] max = {-1, -1, -1};
        int[] p = new int[3];
        int n = 0;
        for (p[2] = 0; p[2] < size[2]; p[2]++) {
            for (p[1] = 0; p[1] < size[1]; p[1]++) {
                for (p[0] = 0; p[0] < size[0]; p[0]++, n++) {
                    int q = p[axis];
                    if (q < first || q > last || voxels[n] <= t
                            || bodyCount[q] * voxelArea < options.minBodyAreaMm2()) {
                        continue;
                    }
                    for (int a = 0; a < 3; a++) {
                        min[a] = Math.min(min[a], p[a]);
                        max[a] = Math.max(max[a], p[a]);
                    }
                }
            }
        }
        if (max[0] < 0) {
            return false;
        }
        for (int a = 0; a < 3; a++) {
            if (a != axis) {
                lo[a] = min[a];
                hi[a] = max[a];
            }
        }
        return true;
    }

    /** The sub-volume lo..hi (inclusive), same voxel axes, origin moved to voxel lo. */
    static Volume copyBox(Volume volume, int[] lo, int[] hi) {
        VoxelGrid grid = volume.grid();
        int nx = hi[0] - lo[0] + 1, ny = hi[1] - lo[1] + 1, nz = hi[2] - lo[2] + 1;
        double[] r = grid.affine().rows();
        double[] origin = grid.affine().apply(lo[0], lo[1], lo[2]);
        r[3] = origin[0];
        r[7] = origin[1];
        r[11] = origin[2];
        VoxelGrid out = new VoxelGrid(nx, ny, nz, Affine.ofRows(r));
        float[] src = volume.voxels();
        float[] dst = new float[out.voxelCount()];
        int o = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                System.arraycopy(src, grid.index(lo[0], lo[1] + j, lo[2] + k), dst, o, nx);
                o += nx;
            }
        }
        return new Volume(out, dst, volume.unit(), volume.modality());
    }
}
