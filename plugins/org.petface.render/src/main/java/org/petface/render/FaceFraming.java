package org.petface.render;

/**
 * The automatic camera: it finds the head (the surface within {@code headHeightMm} of the top and within a
 * head's width and depth of the skull cap's axis) and its nose tip
 * (the most anterior point near the head's left-right midline), then looks at the face from anterior (+Y view
 * direction in LPS) with superior up, turned by the options' yaw and pitch about the head's centre, so the whole
 * head fills the image less the margin.
 */
final class FaceFraming {

    /** Half-width of the band around the midline searched for the nose tip, as a fraction of the head width. */
    private static final double NOSE_BAND = 0.15;
    /** The top part of the head height that is skull only (no ears, shoulders or couch). */
    private static final double CAP_FRACTION = 0.4;
    /** The widest and deepest a head is taken to be, from its axis (mm). */
    private static final double MAX_HALF_WIDTH_MM = 110;
    private static final double MAX_HALF_DEPTH_MM = 130;
    /** Extra clearance (mm) between the camera and the head's bounding sphere. */
    private static final double CLEARANCE_MM = 20;

    private FaceFraming() {
    }

    /** The camera for surface points x,y,z (LPS, mm; count points), or null when there are none. */
    static Camera frame(float[] xyz, int count, RenderOptions options) {
        if (count == 0) {
            return null;
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < count; p++) {
            top = Math.max(top, xyz[3 * p + 2]);
        }
        double bottom = top - options.headHeightMm();
        // the skull cap (top 40% of the head height) gives the head's axis; the head is what lies within a
        // head's half-width and half-depth of it, so shoulders and arms do not widen the frame
        double[] cap = boundingBox(xyz, count, top - CAP_FRACTION * options.headHeightMm(), null);
        double[] axis = {(cap[0] + cap[3]) / 2, (cap[1] + cap[4]) / 2};
        double[] box = boundingBox(xyz, count, bottom, axis);
        double midX = (box[0] + box[3]) / 2;
        double band = NOSE_BAND * (box[3] - box[0]);
        double noseX = midX;
        double noseY = Double.MAX_VALUE;
        for (int p = 0; p < count; p++) {
            float x = xyz[3 * p];
            if (inHead(xyz, p, bottom, axis) && Math.abs(x - midX) <= band && xyz[3 * p + 1] < noseY) {
                noseY = xyz[3 * p + 1];
                noseX = x;
            }
        }
        Vec3 pivot = new Vec3(noseX, (box[1] + box[4]) / 2, (box[2] + box[5]) / 2);
        double extent = Math.max(Math.max(box[3] - box[0], box[4] - box[1]), box[5] - box[2]);
        double viewSize = extent * (1 + 2 * options.marginFraction());
        double radius = Math.sqrt(sq(box[3] - box[0]) + sq(box[4] - box[1]) + sq(box[5] - box[2])) / 2;
        return look(pivot, viewSize, radius + CLEARANCE_MM, options);
    }

    /** A camera that sees a square of viewSize mm around the pivot, from at least minDistance mm away. */
    static Camera look(Vec3 pivot, double viewSize, double minDistance, RenderOptions options) {
        double yaw = Math.toRadians(options.yawDegrees());
        double pitch = Math.toRadians(options.pitchDegrees());
        // Rotate the frontal camera (at -Y, up +Z) by pitch about the patient's left-right axis, then by yaw about
        // the superior axis, so that positive yaw moves it toward +X (the patient's left).
        Vec3 towardCamera = new Vec3(Math.sin(yaw) * Math.cos(pitch), -Math.cos(yaw) * Math.cos(pitch), Math.sin(pitch));
        Vec3 up = new Vec3(-Math.sin(pitch) * Math.sin(yaw), Math.sin(pitch) * Math.cos(yaw), Math.cos(pitch));
        Vec3 direction = towardCamera.times(-1);
        int w = options.width();
        int h = options.height();
        double pixels = Math.min(w, h);
        if (options.projection() == Projection.ORTHOGRAPHIC) {
            return Camera.orthographic(pivot.plus(towardCamera.times(minDistance)), direction, up,
                    viewSize / pixels, w, h);
        }
        double halfAngle = Math.toRadians(options.fieldOfViewDegrees()) / 2;
        // the field of view is vertical; a wide image keeps it, a tall one widens it so the square still fits
        double fitDistance = viewSize / 2 / Math.tan(halfAngle) * h / pixels;
        double distance = Math.max(fitDistance, minDistance);
        return Camera.perspective(pivot.plus(towardCamera.times(distance)), direction, up,
                options.fieldOfViewDegrees(), w, h);
    }

    /** The bounds (min x, y, z, max x, y, z) of the points at or above zMin (and, given an axis, in the head). */
    private static double[] boundingBox(float[] xyz, int count, double zMin, double[] axis) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE,
            -Double.MAX_VALUE};
        for (int p = 0; p < count; p++) {
            if (axis == null ? xyz[3 * p + 2] >= zMin : inHead(xyz, p, zMin, axis)) {
                for (int a = 0; a < 3; a++) {
                    box[a] = Math.min(box[a], xyz[3 * p + a]);
                    box[a + 3] = Math.max(box[a + 3], xyz[3 * p + a]);
                }
            }
        }
        return box;
    }

    private static boolean inHead(float[] xyz, int p, double zMin, double[] axis) {
        return xyz[3 * p + 2] >= zMin && Math.abs(xyz[3 * p] - axis[0]) <= MAX_HALF_WIDTH_MM
                && Math.abs(xyz[3 * p + 1] - axis[1]) <= MAX_HALF_DEPTH_MM;
    }

    private static double sq(double v) {
        return v * v;
    }
}
