package org.petface.volume.ops;

import java.util.Locale;
import org.petface.core.Affine;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;

/**
 * Resamples a volume to an isotropic voxel spacing by trilinear interpolation. The voxel axes keep their
 * directions; along each axis the new grid has round(extent / spacing) voxels and is centred on the old grid,
 * so the physical extent is kept to within one new voxel. Samples beyond the outermost old voxel centres take
 * the edge value.
 */
public final class TrilinearResampler {

    /** Spacings closer than this (mm) to the target count as already there. */
    private static final double SPACING_TOLERANCE_MM = 1e-6;

    private TrilinearResampler() {
    }

    public static Processed resample(Volume volume, double targetSpacingMm, int threads) {
        if (!(targetSpacingMm > 0) || !Double.isFinite(targetSpacingMm)) {
            throw new IllegalArgumentException("target spacing must be a positive number of mm, got "
                    + targetSpacingMm);
        }
        VoxelGrid in = volume.grid();
        double[] spacing = in.spacing();
        int[] n = {in.nx(), in.ny(), in.nz()};
        if (Math.abs(spacing[0] - targetSpacingMm) < SPACING_TOLERANCE_MM
                && Math.abs(spacing[1] - targetSpacingMm) < SPACING_TOLERANCE_MM
                && Math.abs(spacing[2] - targetSpacingMm) < SPACING_TOLERANCE_MM) {
            return Processed.done(volume, String.format(Locale.ROOT, "already at %.3f mm spacing", targetSpacingMm));
        }
        int[] m = new int[3];
        double[] step = new double[3];
        double[] start = new double[3];
        for (int a = 0; a < 3; a++) {
            double extent = n[a] * spacing[a];
            long count = Math.max(1, Math.round(extent / targetSpacingMm));
            if (count > Integer.MAX_VALUE / 4) {
                throw new IllegalArgumentException("resampling to " + targetSpacingMm + " mm gives " + count
                        + " voxels along axis " + a);
            }
            m[a] = (int) count;
            step[a] = targetSpacingMm / spacing[a];
            start[a] = (n[a] - 1) / 2.0 - (m[a] - 1) / 2.0 * step[a];
        }
        if ((long) m[0] * m[1] * m[2] > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("resampling to " + targetSpacingMm + " mm gives a grid of "
                    + m[0] + "x" + m[1] + "x" + m[2] + " voxels, too many for one volume");
        }
        Affine indexMap = Affine.ofRows(step[0], 0, 0, start[0], 0, step[1], 0, start[1], 0, 0, step[2], start[2]);
        VoxelGrid out = new VoxelGrid(m[0], m[1], m[2], volume.affine().multiply(indexMap));

        AxisSamples xs = AxisSamples.of(m[0], start[0], step[0], n[0]);
        AxisSamples ys = AxisSamples.of(m[1], start[1], step[1], n[1]);
        AxisSamples zs = AxisSamples.of(m[2], start[2], step[2], n[2]);
        float[] src = volume.voxels();
        float[] dst = new float[out.voxelCount()];
        int sliceIn = n[0] * n[1];
        ParallelRange.forEach(m[2], threads, k -> {
            int z0 = zs.lower[k] * sliceIn, z1 = zs.upper[k] * sliceIn;
            double wz = zs.weight[k];
            int o = k * m[0] * m[1];
            for (int j = 0; j < m[1]; j++) {
                int y0 = ys.lower[j] * n[0], y1 = ys.upper[j] * n[0];
                double wy = ys.weight[j];
                for (int i = 0; i < m[0]; i++) {
                    int x0 = xs.lower[i], x1 = xs.upper[i];
                    double wx = xs.weight[i];
                    double c00 = lerp(src[z0 + y0 + x0], src[z0 + y0 + x1], wx);
                    double c10 = lerp(src[z0 + y1 + x0], src[z0 + y1 + x1], wx);
                    double c01 = lerp(src[z1 + y0 + x0], src[z1 + y0 + x1], wx);
                    double c11 = lerp(src[z1 + y1 + x0], src[z1 + y1 + x1], wx);
                    dst[o++] = (float) lerp(lerp(c00, c10, wy), lerp(c01, c11, wy), wz);
                }
            }
        });
        String note = String.format(Locale.ROOT, "resampled %dx%dx%d (%.3f x %.3f x %.3f mm) to %dx%dx%d at %.3f mm",
                n[0], n[1], n[2], spacing[0], spacing[1], spacing[2], m[0], m[1], m[2], targetSpacingMm);
        return Processed.done(new Volume(out, dst, volume.unit(), volume.modality()), note);
    }

    private static double lerp(double a, double b, double w) {
        return w == 0 ? a : a + (b - a) * w;
    }

    /** For each new index along one axis: the two old neighbours and the weight of the upper one. */
    private record AxisSamples(int[] lower, int[] upper, double[] weight) {

        static AxisSamples of(int count, double start, double step, int oldCount) {
            int[] lower = new int[count];
            int[] upper = new int[count];
            double[] weight = new double[count];
            for (int q = 0; q < count; q++) {
                double p = Math.min(Math.max(start + q * step, 0), oldCount - 1);
                int p0 = (int) Math.floor(p);
                lower[q] = p0;
                upper[q] = Math.min(p0 + 1, oldCount - 1);
                weight[q] = p - p0;
            }
            return new AxisSamples(lower, upper, weight);
        }
    }
}
