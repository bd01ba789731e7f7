package org.petface.render;

import java.util.Objects;

/**
 * Where a render was seen from, so that every pixel maps back to patient space (LPS, mm). The image has
 * {@code width} columns left to right and {@code height} rows top to bottom; continuous image coordinates
 * (u, v) put the centre of pixel (column c, row r) at (c + 0.5, r + 0.5). The image's right is
 * {@code direction x up}: a camera in front of the patient (direction +Y, up +Z) sees the patient's left (+X) on
 * the image's right, as a person facing the patient would. Depth is the distance (mm) from the camera position
 * along {@code direction}.
 *
 * @param position           the eye (perspective) or the centre of the image plane (orthographic)
 * @param direction          unit view direction
 * @param up                 unit vector that appears upward in the image (made orthogonal to the direction)
 * @param projection         orthographic or perspective
 * @param fieldOfViewDegrees vertical field of view of a perspective camera; 0 for an orthographic one
 * @param mmPerPixel         pixel size of an orthographic camera; 0 for a perspective one
 * @param width              image columns
 * @param height             image rows
 */
public record Camera(Vec3 position, Vec3 direction, Vec3 up, Projection projection, double fieldOfViewDegrees,
                     double mmPerPixel, int width, int height) {

    /** Images larger than this per side are refused: the buffers are allocated from these sizes. */
    public static final int MAX_SIDE = 8192;

    public Camera {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(projection, "projection");
        // Vectors already unit and orthogonal within rounding are kept as given: normalising is not idempotent in
        // floating point, and a camera rebuilt from its own fields (read back from a file) must equal it bit for bit.
        direction = isUnit(direction) ? direction : direction.normalized();
        if (Math.abs(up.dot(direction)) > ROUNDING) {
            up = up.minus(direction.times(up.dot(direction)));
        }
        if (up.length() < 1e-9) {
            throw new IllegalArgumentException("camera up vector is parallel to the view direction");
        }
        up = isUnit(up) ? up : up.normalized();
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("image size must be 1.." + MAX_SIDE + " per side, got "
                    + width + "x" + height);
        }
        if (projection == Projection.ORTHOGRAPHIC && !(mmPerPixel > 0 && fieldOfViewDegrees == 0)) {
            throw new IllegalArgumentException("an orthographic camera needs mmPerPixel > 0 and no field of view");
        }
        if (projection == Projection.PERSPECTIVE
                && !(fieldOfViewDegrees > 0 && fieldOfViewDegrees < 180 && mmPerPixel == 0)) {
            throw new IllegalArgumentException("a perspective camera needs a field of view in (0, 180) degrees");
        }
    }

    private static final double ROUNDING = 1e-12;

    private static boolean isUnit(Vec3 v) {
        return Math.abs(v.length() - 1) <= ROUNDING;
    }

    public static Camera orthographic(Vec3 position, Vec3 direction, Vec3 up, double mmPerPixel, int width, int height) {
        return new Camera(position, direction, up, Projection.ORTHOGRAPHIC, 0, mmPerPixel, width, height);
    }

    public static Camera perspective(Vec3 position, Vec3 direction, Vec3 up, double fieldOfViewDegrees,
                                     int width, int height) {
        return new Camera(position, direction, up, Projection.PERSPECTIVE, fieldOfViewDegrees, 0, width, height);
    }

    /** The patient-space direction that points to the image's right. */
    public Vec3 right() {
        return direction.cross(up);
    }

    /** Pixels per unit of (lateral offset / depth) for a perspective camera. */
    double focalLengthPixels() {
        return height / 2.0 / Math.tan(Math.toRadians(fieldOfViewDegrees) / 2);
    }

    /** Image coordinates u, v and depth (mm) of a patient-space point. */
    public double[] project(Vec3 p) {
        Vec3 d = p.minus(position);
        double x = d.dot(right());
        double y = d.dot(up);
        double depth = d.dot(direction);
        double scale = projection == Projection.ORTHOGRAPHIC ? 1 / mmPerPixel : focalLengthPixels() / depth;
        return new double[] {width / 2.0 + x * scale, height / 2.0 - y * scale, depth};
    }

    /** The patient-space point seen at image coordinates (u, v) at the given depth (mm). */
    public Vec3 unproject(double u, double v, double depth) {
        return rayOrigin(u, v).plus(rayStep(u, v).times(depth));
    }

    /** Where the ray through image coordinates (u, v) starts (depth 0). */
    public Vec3 rayOrigin(double u, double v) {
        if (projection == Projection.PERSPECTIVE) {
            return position;
        }
        return position.plus(right().times((u - width / 2.0) * mmPerPixel)).plus(up.times((height / 2.0 - v) * mmPerPixel));
    }

    /**
     * The ray's step per mm of depth: not a unit vector for a perspective camera (its component along the view
     * direction is 1), so that origin + depth * step is the point at that depth.
     */
    public Vec3 rayStep(double u, double v) {
        if (projection == Projection.ORTHOGRAPHIC) {
            return direction;
        }
        double f = focalLengthPixels();
        return direction.plus(right().times((u - width / 2.0) / f)).plus(up.times((height / 2.0 - v) / f));
    }
}
