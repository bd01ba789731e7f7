package org.petface.volume;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SliceRecord;
import org.petface.reader.dicom.DicomPixels;
import org.petface.volume.ops.ParallelRange;

/**
 * Builds the volume of a DICOM series: plans the slice grid ({@link SliceStackPlan}), decodes the slices in
 * parallel straight into one preallocated array (rescale applied by {@link DicomPixels}, then the unit factor),
 * and fills planes without their own slice by linear interpolation.
 */
final class SeriesAssembler {

    private SeriesAssembler() {
    }

    static Reconstruction assemble(SeriesRecord series, ReconstructionOptions options) {
        List<String> notes = new ArrayList<>();
        SliceStackPlan plan;
        try {
            plan = SliceStackPlan.of(series.slices(), options.slicePositionToleranceMm());
        } catch (UnusableSeriesException e) {
            return Reconstruction.failed(e.getMessage(), notes);
        }
        notes.addAll(plan.notes());
        List<String> warnings = new ArrayList<>(plan.warnings());
        UnitConversion units = UnitConversion.of(series, plan.sorted());
        if (!units.note().isEmpty()) {
            notes.add(units.note());
        }
        if (!units.warning().isEmpty()) {
            warnings.add(units.warning());
        }
        float[] voxels;
        try {
            voxels = decode(plan, units.factors(), options.threads());
        } catch (UncheckedIOException e) {
            return Reconstruction.failed(e.getCause().getMessage(), notes);
        }
        VoxelGrid grid = new VoxelGrid(plan.columns(), plan.rows(), plan.planes(), plan.affine());
        Volume volume = new Volume(grid, voxels, units.unit(), series.modality());
        Status status = warnings.isEmpty() ? Status.ok() : Status.warning(String.join("; ", warnings));
        notes.addAll(warnings);
        return new Reconstruction(volume, status, notes);
    }

    private static float[] decode(SliceStackPlan plan, double[] factors, int threads) {
        int planeSize = plan.columns() * plan.rows();
        List<SliceRecord> sorted = plan.sorted();
        float[] voxels = new float[planeSize * plan.planes()];
        if (plan.allSlicesOnPlanes()) {
            int[] exactPlane = plan.exactPlane();
            ParallelRange.forEach(sorted.size(), threads, s -> {
                float[] pixels = read(sorted.get(s), planeSize);
                scaleInto(pixels, factors[s], voxels, exactPlane[s] * planeSize);
            });
            for (int p = 0; p < plan.planes(); p++) {
                if (plan.lower()[p] != plan.upper()[p]) {
                    interpolate(voxels, exactPlane[plan.lower()[p]] * planeSize, voxels,
                            exactPlane[plan.upper()[p]] * planeSize, plan.weight()[p], voxels, p * planeSize,
                            planeSize);
                }
            }
            return voxels;
        }
        float[][] staged = new float[sorted.size()][];
        ParallelRange.forEach(sorted.size(), threads, s -> {
            float[] pixels = read(sorted.get(s), planeSize);
            scaleInto(pixels, factors[s], pixels, 0);
            staged[s] = pixels;
        });
        ParallelRange.forEach(plan.planes(), threads, p -> interpolate(staged[plan.lower()[p]], 0,
                staged[plan.upper()[p]], 0, plan.weight()[p], voxels, p * planeSize, planeSize));
        return voxels;
    }

    private static float[] read(SliceRecord slice, int planeSize) {
        try {
            float[] pixels = DicomPixels.readRescaled(slice);
            if (pixels.length != planeSize) {
                throw new IOException(slice.file() + ": decoded " + pixels.length + " pixels, expected " + planeSize);
            }
            return pixels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(slice.file() + ": cannot decode pixels (" + e + ")", e));
        }
    }

    private static void scaleInto(float[] pixels, double factor, float[] target, int offset) {
        if (factor == 1) {
            System.arraycopy(pixels, 0, target, offset, pixels.length);
            return;
        }
        for (int n = 0; n < pixels.length; n++) {
            target[offset + n] = (float) (pixels[n] * factor);
        }
    }

    private static void interpolate(float[] a, int aOffset, float[] b, int bOffset, double weight, float[] out,
                                    int outOffset, int length) {
        for (int n = 0; n < length; n++) {
            double va = a[aOffset + n];
            out[outOffset + n] = (float) (va + (b[bOffset + n] - va) * weight);
        }
    }
}
