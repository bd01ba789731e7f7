package org.petface.phantom;

/**
 * The patient couch of a PET/CT scanner, below (posterior to) the patient: a slightly concave carbon
 * fibre shell with a foam core, fixed in patient coordinates. Later stages must ignore it.
 */
final class Couch {

    private static final double SHELL_HU = 300;
    private static final double FOAM_HU = -880;
    private static final double SHELL_MM = 2.5;
    private static final double THICKNESS_MM = 38;
    private static final double HALF_WIDTH_MM = 230;
    private static final double CURVATURE_RADIUS_MM = 1100;

    private final double topAtCentreY;

    /** @param topAtCentreY patient y (mm) of the couch's top surface at x = 0 */
    Couch(double topAtCentreY) {
        this.topAtCentreY = topAtCentreY;
    }

    /** Patient y of the top surface at lateral position x: the sides curve up (anterior) a little. */
    double topY(double x) {
        return topAtCentreY - x * x / (2 * CURVATURE_RADIUS_MM);
    }

    /**
     * The CT value at (x, y) outside the body, blended over edge width w; NaN when a couch boundary lies
     * within radius (so a block there is not uniform). The radius passed must be at least 1.03 times the
     * block's true radius.
     */
    double value(double x, double y, double w, double air, double radius) {
        double depth = y - topY(x);
        double side = Math.abs(x) - HALF_WIDTH_MM;
        double margin = 0.5 * w + radius;
        if (depth < -margin || depth > THICKNESS_MM + margin || side > margin) {
            return air;
        }
        double slab = Math.max(Math.max(-depth, depth - THICKNESS_MM), side);
        double core = Math.max(Math.max(SHELL_MM - depth, depth - (THICKNESS_MM - SHELL_MM)), side + SHELL_MM);
        // depth and side change by at most 1.03 times the distance moved (the top's slope is below 0.23 in
        // the field of view), so a ball whose centre is deep enough in the foam core is foam throughout
        if (radius > 0 && core > -margin) {
            return Double.NaN;
        }
        double v = air + (SHELL_HU - air) * Sdf.occupancy(slab, w);
        return v + (FOAM_HU - v) * Sdf.occupancy(core, w);
    }
}
