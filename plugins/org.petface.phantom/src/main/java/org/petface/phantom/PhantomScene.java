package org.petface.phantom;

/**
 * A posed head model on the patient couch, sampled as tissue values in patient coordinates (LPS mm).
 * Tissues are layered with partial-volume blending over an edge width: soft tissue, then subcutaneous
 * fat and skin by depth under the surface, bone, airways, cranial cavity, brain, ventricles, eyes, and
 * finally the outside air (or couch).
 */
final class PhantomScene {

    /**
     * How much the approximate distances may understate the true distance; a block is taken as uniform
     * only when every boundary is this many times its radius away.
     */
    private static final double DISTANCE_SAFETY = 1.6;

    private final HeadModel model;
    private final TissueValues values;
    private final Couch couch;
    private final boolean couchVisible;
    private final double[] r; // model-to-patient rotation, row-major
    private final double ox;
    private final double oy;
    private final double oz;

    /**
     * @param modelOrigin patient coordinates of the model origin before the pose's shift
     * @param couch        the patient couch the body rests on
     * @param couchVisible whether the couch has a value of its own (CT) or reads as air (PET: no activity)
     */
    PhantomScene(HeadModel model, Pose pose, double[] modelOrigin, TissueValues values, Couch couch,
                 boolean couchVisible) {
        this.model = model;
        this.values = values;
        this.couch = couch;
        this.couchVisible = couchVisible;
        this.r = pose.rotation();
        this.ox = modelOrigin[0] + pose.shiftX();
        this.oy = modelOrigin[1] + pose.shiftY();
        this.oz = modelOrigin[2] + pose.shiftZ();
    }

    /**
     * The value at a patient point, blended over edge width w; or NaN when some boundary lies within
     * radius of the point (the value is then not constant over that ball).
     */
    double sample(double px, double py, double pz, double w, double radius) {
        double margin = 0.5 * w + DISTANCE_SAFETY * radius;
        double dx = px - ox;
        double dy = py - oy;
        double dz = pz - oz;
        // model = R^T (p - o)
        double x = r[0] * dx + r[3] * dy + r[6] * dz;
        double y = r[1] * dx + r[4] * dy + r[7] * dz;
        double z = r[2] * dx + r[5] * dy + r[8] * dz;

        // the body rests on the couch and is flattened by it, never penetrates it; a point at least the
        // margin below the couch top is outside the body whatever the model says, so the model is not asked
        double couchGap = py - couch.topY(px);
        double skin = couchGap >= margin ? couchGap : Math.max(model.skin(x, y, z), couchGap);
        if (Math.abs(skin) < margin && radius > 0) {
            return Double.NaN;
        }
        double outside = !couchVisible ? values.air() : couch.value(px, py, w, values.air(), radius * DISTANCE_SAFETY);
        if (Double.isNaN(outside)) {
            return Double.NaN;
        }
        double inBody = Sdf.occupancy(skin, w);
        if (inBody == 0) {
            return outside;
        }
        HeadParameters h = model.head();
        double skinZone = -(skin + h.skinThickness());
        double fatZone = skinZone - h.fatThickness();
        double bone = model.bone(x, y, z);
        double airway = model.airway(x, y, z);
        double cavity = model.cranialCavity(x, y, z);
        double brain = model.brain(x, y, z);
        double ventricles = model.ventricles(x, y, z);
        double eyes = model.eyes(x, y, z);
        if (radius > 0 && (Math.abs(skinZone) < margin || Math.abs(fatZone) < margin || Math.abs(bone) < margin
                || Math.abs(airway) < margin || Math.abs(cavity) < margin || Math.abs(brain) < margin
                || Math.abs(ventricles) < margin || Math.abs(eyes) < margin)) {
            return Double.NaN;
        }
        double v = values.softTissue();
        v = blend(v, values.fat(), Sdf.occupancy(fatZone, w));
        v = blend(v, values.skin(), Sdf.occupancy(skinZone, w));
        v = blend(v, values.bone(), Sdf.occupancy(bone, w));
        v = blend(v, values.air(), Sdf.occupancy(airway, w));
        v = blend(v, values.csf(), Sdf.occupancy(cavity, w));
        v = blend(v, values.brain(), Sdf.occupancy(brain, w));
        v = blend(v, values.csf(), Sdf.occupancy(ventricles, w));
        v = blend(v, values.eye(), Sdf.occupancy(eyes, w));
        return blend(outside, v, inBody);
    }

    private static double blend(double under, double over, double fraction) {
        return fraction == 0 ? under : under + (over - under) * fraction;
    }
}
