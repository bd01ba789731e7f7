package org.petface.volume;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.petface.core.Affine;
import org.petface.reader.SliceRecord;

/**
 * How the slices of a series fill a regular grid: slices sorted along the slice normal, the voxel-to-LPS affine
 * through the first and last slice positions, and for every grid plane either the one slice that lies on it or
 * the two slices it is interpolated from (missing or unevenly spaced slices).
 *
 * @param sorted     the slices to decode, in order along the normal (duplicate copies removed)
 * @param exactPlane for each sorted slice, the grid plane it lies on, or -1 if it lies between planes
 * @param lower      for each plane, the sorted slice at or below it
 * @param upper      for each plane, the sorted slice at or above it (equal to lower when the plane has its slice)
 * @param weight     for each plane, the weight of {@code upper} in the linear interpolation
 * @param warnings   what about the series needed fixing (duplicates dropped, slices interpolated)
 * @param notes      how the series was assembled
 */
record SliceStackPlan(Affine affine, int columns, int rows, int planes, List<SliceRecord> sorted, int[] exactPlane,
                      int[] lower, int[] upper, double[] weight, List<String> warnings, List<String> notes) {

    /** Orientation cosines of two slices may differ by this much and still count as one orientation. */
    private static final double ORIENTATION_TOLERANCE = 1e-4;
    /** Relative difference of pixel spacings that still counts as equal. */
    private static final double SPACING_TOLERANCE = 1e-4;
    /** A gap of more than this many median spacings is a hole, not a few missing slices. */
    private static final double MAX_GAP_IN_SPACINGS = 4.5;
    /** Largest voxel count one float array (and so one Volume) can hold. */
    private static final long MAX_VOXELS = Integer.MAX_VALUE - 8;

    /** Whether every plane has its own slice (no interpolation). */
    boolean isComplete() {
        for (int p = 0; p < planes; p++) {
            if (lower[p] != upper[p]) {
                return false;
            }
        }
        return true;
    }

    /** Whether every slice lies on a plane, so slices can be decoded straight into the volume. */
    boolean allSlicesOnPlanes() {
        for (int p : exactPlane) {
            if (p < 0) {
                return false;
            }
        }
        return true;
    }

    static SliceStackPlan of(List<SliceRecord> slices, double toleranceMm) throws UnusableSeriesException {
        if (slices.isEmpty()) {
            throw new UnusableSeriesException("the series has no images");
        }
        SliceRecord first = slices.get(0);
        checkConsistent(slices, first);
        double[] normal = unit(first.sliceNormal());
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<SliceRecord> sorted = sortAlongNormal(slices, normal, toleranceMm, warnings);

        int count = sorted.size();
        double[] d = new double[count];
        for (int s = 0; s < count; s++) {
            d[s] = dot(sorted.get(s).imagePositionPatient(), normal);
        }
        double[] origin = sorted.get(0).imagePositionPatient().clone();
        double[] step;
        int planes;
        if (count == 1) {
            double thickness = sorted.get(0).sliceThickness();
            double along = Double.isFinite(thickness) && thickness > 0 ? thickness : 1;
            step = scale(normal, along);
            planes = 1;
            notes.add(String.format(Locale.ROOT, "single slice; slice axis %.3f mm (%s)", along,
                    along == thickness ? "SliceThickness" : "no SliceThickness, 1 mm assumed"));
        } else {
            double median = medianGap(d);
            double span = d[count - 1] - d[0];
            for (int s = 1; s < count; s++) {
                if (d[s] - d[s - 1] > MAX_GAP_IN_SPACINGS * median) {
                    throw new UnusableSeriesException(String.format(Locale.ROOT,
                            "gap of %.2f mm between slices at %.2f and %.2f mm (median spacing %.3f mm): "
                                    + "too many slices missing", d[s] - d[s - 1], d[s - 1], d[s], median));
                }
            }
            planes = (int) Math.round(span / median) + 1;
            double[] last = sorted.get(count - 1).imagePositionPatient();
            step = scale(subtract(last, origin), 1.0 / (planes - 1));
        }
        long voxels = (long) first.columns() * first.rows() * planes;
        if (voxels > MAX_VOXELS) {
            throw new UnusableSeriesException(String.format(Locale.ROOT,
                    "%dx%dx%d voxels are more than one volume holds (%d)", first.columns(), first.rows(), planes,
                    MAX_VOXELS));
        }
        long heap = Runtime.getRuntime().maxMemory();
        if (voxels * Float.BYTES > heap) {
            throw new UnusableSeriesException(String.format(Locale.ROOT,
                    "%dx%dx%d voxels need %d MiB, more than the Java heap (%d MiB)", first.columns(), first.rows(),
                    planes, voxels * Float.BYTES >> 20, heap >> 20));
        }
        double[] iop = first.imageOrientationPatient();
        double[] spacing = first.pixelSpacing();
        double[] rowDir = {iop[0], iop[1], iop[2]};
        double[] colDir = {iop[3], iop[4], iop[5]};
        Affine affine = Affine.fromDicom(origin, rowDir, colDir, spacing[1], spacing[0], step);

        int[] exactPlane = new int[count];
        double stepAlongNormal = dot(step, normal);
        double[] planeOf = new double[count];
        int offPlane = 0;
        for (int s = 0; s < count; s++) {
            planeOf[s] = count == 1 ? 0 : (d[s] - d[0]) / stepAlongNormal;
            long nearest = Math.round(planeOf[s]);
            if (Math.abs(planeOf[s] - nearest) * Math.abs(stepAlongNormal) <= toleranceMm) {
                exactPlane[s] = (int) nearest;
            } else {
                exactPlane[s] = -1;
                offPlane++;
            }
        }
        for (int s = 1; s < count; s++) {
            if (exactPlane[s] >= 0 && exactPlane[s] == exactPlane[s - 1]) {
                throw samePosition(d[s], sorted.get(s - 1), sorted.get(s));
            }
        }
        if (offPlane == 0 && count > 2) {
            // Scanners round positions (often to 0.1 mm): the least-squares line halves the worst deviation
            // compared with the line through the end slices.
            double[][] fit = fitLine(sorted, exactPlane);
            origin = fit[0];
            step = fit[1];
            planeOf = new double[count];
            for (int s = 0; s < count; s++) {
                planeOf[s] = exactPlane[s];
            }
            affine = Affine.fromDicom(origin, rowDir, colDir, spacing[1], spacing[0], step);
        }
        double worst = 0;
        for (int s = 0; s < count; s++) {
            double off = distance(affine.apply(0, 0, planeOf[s]), sorted.get(s).imagePositionPatient());
            worst = Math.max(worst, off);
            if (off > toleranceMm) {
                throw new UnusableSeriesException(String.format(Locale.ROOT,
                        "slice positions do not lie on one line: %s is %.3f mm off the line through the slices "
                                + "(tolerance %.3f mm)", sorted.get(s).file().getFileName(), off, toleranceMm));
            }
        }

        int[] lower = new int[planes];
        int[] upper = new int[planes];
        double[] weight = new double[planes];
        int interpolated = planeSources(planeOf, exactPlane, lower, upper, weight);
        double stepMm = Math.abs(dot(step, normal));
        if (offPlane > 0) {
            double[] range = gapRange(d);
            warnings.add(String.format(Locale.ROOT,
                    "uneven slice spacing (%.3f to %.3f mm): %d planes at %.3f mm interpolated linearly",
                    range[0], range[1], interpolated, stepMm));
        } else if (interpolated > 0) {
            warnings.add(String.format(Locale.ROOT, "%d missing slice%s filled by linear interpolation",
                    interpolated, interpolated == 1 ? "" : "s"));
        }
        notes.add(String.format(Locale.ROOT, "assembled %d slices into %dx%dx%d, %.4f x %.4f x %.4f mm",
                count, first.columns(), first.rows(), planes, spacing[1], spacing[0], count == 1
                        ? Math.sqrt(dot(step, step)) : stepMm));
        if (count > 1) {
            notes.add(String.format(Locale.ROOT, "slice positions lie within %.4f mm of the grid", worst));
        }
        return new SliceStackPlan(affine, first.columns(), first.rows(), planes, List.copyOf(sorted), exactPlane,
                lower, upper, weight, List.copyOf(warnings), List.copyOf(notes));
    }

    /** The slices ordered along the normal, copies of one image dropped (with a warning); clashes rejected. */
    private static List<SliceRecord> sortAlongNormal(List<SliceRecord> slices, double[] normal, double toleranceMm,
                                                     List<String> warnings) throws UnusableSeriesException {
        double[] position = new double[slices.size()];
        Integer[] order = new Integer[slices.size()];
        for (int s = 0; s < slices.size(); s++) {
            position[s] = dot(slices.get(s).imagePositionPatient(), normal);
            order[s] = s;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(s -> position[s])
                .thenComparingInt(s -> slices.get(s).instanceNumber())
                .thenComparingInt(s -> slices.get(s).frameIndex())
                .thenComparing(s -> slices.get(s).file().toString()));
        List<SliceRecord> sorted = new ArrayList<>();
        double lastPosition = Double.NaN;
        int duplicates = 0;
        for (int s : order) {
            SliceRecord slice = slices.get(s);
            if (!sorted.isEmpty() && position[s] - lastPosition <= toleranceMm) {
                SliceRecord previous = sorted.get(sorted.size() - 1);
                if (!slice.sopInstanceUid().isEmpty() && slice.sopInstanceUid().equals(previous.sopInstanceUid())
                        && slice.frameIndex() == previous.frameIndex()) {
                    duplicates++;
                    continue;
                }
                throw samePosition(position[s], previous, slice);
            }
            sorted.add(slice);
            lastPosition = position[s];
        }
        if (duplicates > 0) {
            warnings.add("dropped " + duplicates + " duplicate cop" + (duplicates == 1 ? "y" : "ies")
                    + " of the same image");
        }
        return sorted;
    }

    private static UnusableSeriesException samePosition(double position, SliceRecord a, SliceRecord b) {
        return new UnusableSeriesException(String.format(Locale.ROOT,
                "two different images lie at the same slice position %.3f mm (%s and %s): "
                        + "several acquisitions in one series?", position, a.file().getFileName(),
                b.file().getFileName()));
    }

    /**
     * For each plane the slice(s) it comes from: lower == upper when a slice lies on the plane, else the two
     * neighbouring slices and the weight of the upper one.
     */
    private static int planeSources(double[] planeOf, int[] exactPlane, int[] lower, int[] upper, double[] weight) {
        int count = planeOf.length;
        int s = 0;
        int interpolated = 0;
        for (int p = 0; p < lower.length; p++) {
            while (s + 1 < count && planeOf[s + 1] <= p + 1e-9) {
                s++;
            }
            int exact = exactPlane[s] == p ? s : (s + 1 < count && exactPlane[s + 1] == p ? s + 1 : -1);
            if (exact >= 0) {
                lower[p] = exact;
                upper[p] = exact;
            } else {
                lower[p] = s;
                upper[p] = Math.min(s + 1, count - 1);
                double span = planeOf[upper[p]] - planeOf[lower[p]];
                weight[p] = span > 0 ? Math.min(1, Math.max(0, (p - planeOf[lower[p]]) / span)) : 0;
                interpolated++;
            }
        }
        return interpolated;
    }

    private static void checkConsistent(List<SliceRecord> slices, SliceRecord first) throws UnusableSeriesException {
        for (SliceRecord slice : slices) {
            if (!slice.hasGeometry()) {
                throw new UnusableSeriesException(slice.file().getFileName()
                        + " has no ImagePositionPatient, ImageOrientationPatient or PixelSpacing");
            }
            if (slice.imagePositionPatient().length != 3 || slice.imageOrientationPatient().length != 6
                    || slice.pixelSpacing().length != 2) {
                throw new UnusableSeriesException(slice.file().getFileName()
                        + " has malformed geometry (ImagePositionPatient needs 3 values, "
                        + "ImageOrientationPatient 6, PixelSpacing 2)");
            }
            if (!allFinite(slice.imagePositionPatient()) || !allFinite(slice.imageOrientationPatient())
                    || !allFinite(slice.pixelSpacing()) || !(slice.pixelSpacing()[0] > 0)
                    || !(slice.pixelSpacing()[1] > 0)) {
                throw new UnusableSeriesException(slice.file().getFileName() + " has non-finite or non-positive "
                        + "geometry values");
            }
            if (slice.rows() != first.rows() || slice.columns() != first.columns()) {
                throw new UnusableSeriesException(String.format(Locale.ROOT,
                        "images differ in size: %dx%d in %s, %dx%d in %s", first.columns(), first.rows(),
                        first.file().getFileName(), slice.columns(), slice.rows(), slice.file().getFileName()));
            }
            if (slice.rows() < 1 || slice.columns() < 1) {
                throw new UnusableSeriesException(slice.file().getFileName() + " has no pixels (Rows or Columns 0)");
            }
            for (int n = 0; n < 6; n++) {
                if (Math.abs(slice.imageOrientationPatient()[n] - first.imageOrientationPatient()[n])
                        > ORIENTATION_TOLERANCE) {
                    throw new UnusableSeriesException("images differ in ImageOrientationPatient: "
                            + Arrays.toString(first.imageOrientationPatient()) + " in " + first.file().getFileName()
                            + ", " + Arrays.toString(slice.imageOrientationPatient()) + " in "
                            + slice.file().getFileName());
                }
            }
            for (int n = 0; n < 2; n++) {
                if (Math.abs(slice.pixelSpacing()[n] - first.pixelSpacing()[n])
                        > SPACING_TOLERANCE * first.pixelSpacing()[n]) {
                    throw new UnusableSeriesException("images differ in PixelSpacing: "
                            + Arrays.toString(first.pixelSpacing()) + " in " + first.file().getFileName() + ", "
                            + Arrays.toString(slice.pixelSpacing()) + " in " + slice.file().getFileName());
                }
            }
        }
        double[] n = first.sliceNormal();
        if (!(Math.sqrt(dot(n, n)) > 0.5)) {
            throw new UnusableSeriesException("ImageOrientationPatient " + Arrays.toString(
                    first.imageOrientationPatient()) + " does not give two independent directions");
        }
    }

    /** Least-squares origin and step of positions = origin + plane * step, over all slices. */
    private static double[][] fitLine(List<SliceRecord> sorted, int[] plane) {
        int count = sorted.size();
        double meanPlane = 0;
        double[] meanPosition = new double[3];
        for (int s = 0; s < count; s++) {
            meanPlane += plane[s];
            for (int a = 0; a < 3; a++) {
                meanPosition[a] += sorted.get(s).imagePositionPatient()[a];
            }
        }
        meanPlane /= count;
        for (int a = 0; a < 3; a++) {
            meanPosition[a] /= count;
        }
        double sxx = 0;
        double[] sxy = new double[3];
        for (int s = 0; s < count; s++) {
            double dx = plane[s] - meanPlane;
            sxx += dx * dx;
            for (int a = 0; a < 3; a++) {
                sxy[a] += dx * (sorted.get(s).imagePositionPatient()[a] - meanPosition[a]);
            }
        }
        double[] step = {sxy[0] / sxx, sxy[1] / sxx, sxy[2] / sxx};
        double[] origin = {meanPosition[0] - meanPlane * step[0], meanPosition[1] - meanPlane * step[1],
                meanPosition[2] - meanPlane * step[2]};
        return new double[][] {origin, step};
    }

    private static double medianGap(double[] d) {
        double[] gaps = new double[d.length - 1];
        for (int s = 1; s < d.length; s++) {
            gaps[s - 1] = d[s] - d[s - 1];
        }
        Arrays.sort(gaps);
        return gaps[(gaps.length - 1) / 2];
    }

    private static double[] gapRange(double[] d) {
        double min = Double.POSITIVE_INFINITY, max = 0;
        for (int s = 1; s < d.length; s++) {
            min = Math.min(min, d[s] - d[s - 1]);
            max = Math.max(max, d[s] - d[s - 1]);
        }
        return new double[] {min, max};
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] unit(double[] v) {
        return scale(v, 1 / Math.sqrt(dot(v, v)));
    }

    private static double[] scale(double[] v, double f) {
        return new double[] {v[0] * f, v[1] * f, v[2] * f};
    }

    private static double[] subtract(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double distance(double[] a, double[] b) {
        double[] d = subtract(a, b);
        return Math.sqrt(dot(d, d));
    }
}
