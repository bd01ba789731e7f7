package org.petface.embedder;

import java.util.Locale;

import org.petface.core.Status;
import org.petface.render.FaceRender;
import org.petface.render.Projection;

/**
 * Finds the face in a render's depth map by geometry alone: the nose tip (the most anterior point near the head's
 * midline, where a nose is expected below the crown), the symmetry axis (the line through the nose about which the
 * band-passed surface best matches its mirror image) and the eye sockets (the deepest points either side of that
 * axis above the nose). Detector landmarks, when given, only narrow the nose search.
 */
final class DepthFaceAligner {

    /** Where a nose tip is looked for below the top of the head (mm). */
    private static final double NOSE_BELOW_TOP_MIN_MM = 70;
    private static final double NOSE_BELOW_TOP_MAX_MM = 200;
    /** How far from the head's centre line (mm), or from a landmark's nose tip, the nose tip is looked for. */
    private static final double NOSE_HALF_WIDTH_MM = 45;
    private static final double NOSE_HINT_RADIUS_MM = 15;
    /** The band below the top of the head whose centre is the head's centre line (mm). */
    private static final double CAP_FROM_MM = 10;
    private static final double CAP_TO_MM = 50;
    /** Symmetry axis search: roll (degrees) and offset from the nose tip (mm), coarse then fine. */
    private static final double MAX_ROLL_DEGREES = 15;
    private static final double MAX_OFFSET_MM = 10;
    /** Mirrored samples compared for symmetry: lateral 3..57 mm, vertical -72..54 mm about the nose tip. */
    private static final double SYMMETRY_STEP_MM = 3;
    private static final double SYMMETRY_HALF_WIDTH_MM = 57;
    private static final double SYMMETRY_BELOW_MM = 72;
    private static final double SYMMETRY_ABOVE_MM = 54;
    private static final double MIN_SYMMETRY_COVERAGE = 0.4;
    /** Eye socket search box either side of the axis (mm from the axis and above the nose tip). */
    private static final double EYE_LATERAL_MIN_MM = 15;
    private static final double EYE_LATERAL_MAX_MM = 48;
    private static final double EYE_ABOVE_MIN_MM = 12;
    private static final double EYE_ABOVE_MAX_MM = 50;
    private static final double MAX_EYE_HEIGHT_DIFFERENCE_MM = 15;
    /** The finest grid is refused beyond this many cells per side (the render's size in mm is not trusted). */
    private static final int MAX_CELLS = 1024;

    /**
     * The band-passed heights and the face frame found in them: point (s, t) of the face (s mm toward the image's
     * right along the face, t mm up the face from the nose tip) lies at (a, b) = origin + s lateral + t up.
     */
    record AlignedFace(DepthAlignment alignment, HeightField band, double originA, double originB, double roll) {

        double a(double s, double t) {
            return originA + s * Math.cos(roll) + t * Math.sin(roll);
        }

        double b(double s, double t) {
            return originB + s * Math.sin(roll) - t * Math.cos(roll);
        }
    }

    private DepthFaceAligner() {
    }

    static AlignedFace align(FaceRender render, FaceLandmarks hint, DepthDescriptorOptions options) {
        if (render.status().isError()) {
            return failed(render.status().reason());
        }
        if (render.camera().projection() != Projection.ORTHOGRAPHIC) {
            return failed("the depth descriptor needs an orthographic render (metric depth and pixel size)");
        }
        double mmPerPixel = render.camera().mmPerPixel();
        double cell = options.cellMm();
        if (render.width() * mmPerPixel / cell > MAX_CELLS || render.height() * mmPerPixel / cell > MAX_CELLS) {
            return failed(String.format(Locale.ROOT, "the render covers %.0f x %.0f mm, more than %d cells of %.2f mm",
                    render.width() * mmPerPixel, render.height() * mmPerPixel, MAX_CELLS, cell));
        }
        HeightField raw = HeightField.resample(render.depthMm(), render.width(), render.height(), mmPerPixel, cell)
                .median((int) Math.round(options.despeckleMm() / cell));
        HeightField detail = raw.smoothed(options.detailSigmaMm());
        HeightField band = detail.minus(raw.smoothed(options.baselineSigmaMm()));

        int top = topRow(raw);
        if (top < 0) {
            return failed("no surface in view");
        }
        double[] window = noseWindow(raw, top, hint, mmPerPixel);
        if (window == null) {
            return failed("no surface where the head's centre line should be");
        }
        int[] tip = detail.argMax(cellIndex(window[0], cell), cellIndex(window[1], cell), cellIndex(window[2], cell),
                cellIndex(window[3], cell));
        if (tip == null) {
            return failed("no nose tip found: no surface in the nose search window");
        }
        double prominence = band.at(tip[0], tip[1]);
        if (!(prominence >= options.minNoseProminenceMm())) {
            return failed(String.format(Locale.ROOT, "no nose tip found: the most anterior point near the midline "
                    + "stands out %.1f mm, less than %.1f mm", prominence, options.minNoseProminenceMm()));
        }
        double noseA = (tip[0] + 0.5 + peakOffset(detail, tip[0], tip[1], 1, 0)) * cell;
        double noseB = (tip[1] + 0.5 + peakOffset(detail, tip[0], tip[1], 0, 1)) * cell;

        double[] axis = symmetryAxis(band, noseA, noseB);
        if (axis == null) {
            return failed("no symmetry axis found: too little surface either side of the nose tip");
        }
        double roll = Math.toRadians(axis[0]);
        double originA = noseA + axis[1] * Math.cos(roll);
        double originB = noseB + axis[1] * Math.sin(roll);
        AlignedFace frame = new AlignedFace(null, band, originA, originB, roll);

        DepthAlignment.ImagePoint noseTip = new DepthAlignment.ImagePoint(noseA / mmPerPixel, noseB / mmPerPixel);
        double[] left = eyeSocket(frame, -1, cell);
        double[] right = eyeSocket(frame, 1, cell);
        Status status = Status.ok();
        if (left == null || right == null) {
            status = Status.error("no eye sockets found: no surface either side above the nose tip");
        } else if (-left[2] < options.minEyeSocketDepthMm() || -right[2] < options.minEyeSocketDepthMm()) {
            status = Status.error(String.format(Locale.ROOT, "no eye sockets found: the deepest points either side "
                    + "above the nose sink %.1f and %.1f mm, less than %.1f mm", -left[2], -right[2],
                    options.minEyeSocketDepthMm()));
        } else if (Math.abs(left[1] - right[1]) > MAX_EYE_HEIGHT_DIFFERENCE_MM) {
            status = Status.error(String.format(Locale.ROOT, "no eye sockets found: the deepest points either side "
                    + "differ by %.0f mm in height", Math.abs(left[1] - right[1])));
        }
        DepthAlignment alignment = new DepthAlignment(status, noseTip,
                render.surfacePoint(pixel(noseTip.u(), render.width()), pixel(noseTip.v(), render.height())),
                prominence, axis[0], Math.sqrt(axis[2]), imagePoint(frame, left, mmPerPixel),
                imagePoint(frame, right, mmPerPixel));
        return new AlignedFace(alignment, band, originA, originB, roll);
    }

    private static AlignedFace failed(String reason) {
        return new AlignedFace(DepthAlignment.failed(reason), null, Double.NaN, Double.NaN, Double.NaN);
    }

    private static int cellIndex(double mm, double cell) {
        return (int) Math.floor(mm / cell);
    }

    private static int pixel(double coordinate, int size) {
        return Math.max(0, Math.min(size - 1, (int) Math.floor(coordinate)));
    }

    /** The first row with a few surface cells (a stray one is noise), or -1. */
    private static int topRow(HeightField f) {
        for (int j = 0; j < f.ny; j++) {
            int count = 0;
            for (int i = 0; i < f.nx; i++) {
                count += f.valid(i, j) ? 1 : 0;
            }
            if (count >= 3) {
                return j;
            }
        }
        return -1;
    }

    /** {aMin, aMax, bMin, bMax} (mm) of the nose search, or null when the head's centre line is not found. */
    private static double[] noseWindow(HeightField f, int top, FaceLandmarks hint, double mmPerPixel) {
        double cell = f.spacingMm;
        double topB = top * cell;
        if (hint != null) {
            double a = hint.x(30) * mmPerPixel;
            double b = hint.y(30) * mmPerPixel;
            return new double[] {a - NOSE_HINT_RADIUS_MM, a + NOSE_HINT_RADIUS_MM, b - NOSE_HINT_RADIUS_MM,
                b + NOSE_HINT_RADIUS_MM};
        }
        double sum = 0;
        int count = 0;
        for (int j = cellIndex(topB + CAP_FROM_MM, cell); j <= cellIndex(topB + CAP_TO_MM, cell) && j < f.ny; j++) {
            for (int i = 0; i < f.nx; i++) {
                if (f.valid(i, j)) {
                    sum += (i + 0.5) * cell;
                    count++;
                }
            }
        }
        if (count == 0) {
            return null;
        }
        double centre = sum / count;
        return new double[] {centre - NOSE_HALF_WIDTH_MM, centre + NOSE_HALF_WIDTH_MM, topB + NOSE_BELOW_TOP_MIN_MM,
            topB + NOSE_BELOW_TOP_MAX_MM};
    }

    /** Sub-cell offset of a peak along (di, dj) from a parabola through the peak and its two neighbours. */
    private static double peakOffset(HeightField f, int i, int j, int di, int dj) {
        if (!f.valid(i - di, j - dj) || !f.valid(i + di, j + dj)) {
            return 0;
        }
        double lo = f.at(i - di, j - dj);
        double mid = f.at(i, j);
        double hi = f.at(i + di, j + dj);
        double curvature = lo - 2 * mid + hi;
        return curvature < 0 ? Math.max(-0.5, Math.min(0.5, 0.5 * (lo - hi) / curvature)) : 0;
    }

    /** {roll degrees, lateral offset mm, mean squared mirror difference} of the best axis near the nose, or null. */
    private static double[] symmetryAxis(HeightField band, double noseA, double noseB) {
        double[] best = null;
        for (double roll = -MAX_ROLL_DEGREES; roll <= MAX_ROLL_DEGREES + 1e-9; roll += 1.5) {
            for (double offset = -MAX_OFFSET_MM; offset <= MAX_OFFSET_MM + 1e-9; offset += 1) {
                best = better(best, roll, offset, mirrorDifference(band, noseA, noseB, roll, offset));
            }
        }
        if (best == null) {
            return null;
        }
        double coarseRoll = best[0];
        double coarseOffset = best[1];
        for (double roll = coarseRoll - 1.5; roll <= coarseRoll + 1.5 + 1e-9; roll += 0.25) {
            for (double offset = coarseOffset - 1; offset <= coarseOffset + 1 + 1e-9; offset += 0.2) {
                best = better(best, roll, offset, mirrorDifference(band, noseA, noseB, roll, offset));
            }
        }
        return best;
    }

    private static double[] better(double[] best, double roll, double offset, double cost) {
        return !Double.isNaN(cost) && (best == null || cost < best[2]) ? new double[] {roll, offset, cost} : best;
    }

    /** Mean squared height difference of mirrored point pairs about an axis; NaN if too few pairs are surface. */
    private static double mirrorDifference(HeightField band, double noseA, double noseB, double rollDegrees,
            double offset) {
        double roll = Math.toRadians(rollDegrees);
        double cos = Math.cos(roll);
        double sin = Math.sin(roll);
        double originA = noseA + offset * cos;
        double originB = noseB + offset * sin;
        double sum = 0;
        int pairs = 0;
        int tried = 0;
        for (double t = -SYMMETRY_BELOW_MM; t <= SYMMETRY_ABOVE_MM + 1e-9; t += SYMMETRY_STEP_MM) {
            for (double s = SYMMETRY_STEP_MM; s <= SYMMETRY_HALF_WIDTH_MM + 1e-9; s += SYMMETRY_STEP_MM) {
                tried++;
                double a = originA + t * sin;
                double b = originB - t * cos;
                double right = band.sample(a + s * cos, b + s * sin);
                double left = band.sample(a - s * cos, b - s * sin);
                if (!Double.isNaN(right) && !Double.isNaN(left)) {
                    sum += (right - left) * (right - left);
                    pairs++;
                }
            }
        }
        return pairs >= MIN_SYMMETRY_COVERAGE * tried ? sum / pairs : Double.NaN;
    }

    /** {s, t, band height} of the deepest point on one side (-1 image left, +1 right) above the nose, or null. */
    private static double[] eyeSocket(AlignedFace frame, int side, double step) {
        double[] best = null;
        for (double t = EYE_ABOVE_MIN_MM; t <= EYE_ABOVE_MAX_MM + 1e-9; t += step) {
            for (double s = EYE_LATERAL_MIN_MM; s <= EYE_LATERAL_MAX_MM + 1e-9; s += step) {
                double h = frame.band().sample(frame.a(side * s, t), frame.b(side * s, t));
                if (!Double.isNaN(h) && (best == null || h < best[2])) {
                    best = new double[] {side * s, t, h};
                }
            }
        }
        return best;
    }

    private static DepthAlignment.ImagePoint imagePoint(AlignedFace frame, double[] st, double mmPerPixel) {
        return st == null ? null
                : new DepthAlignment.ImagePoint(frame.a(st[0], st[1]) / mmPerPixel, frame.b(st[0], st[1]) / mmPerPixel);
    }
}
