package org.petface.phantom;

import static org.petface.phantom.Sdf.capsule;
import static org.petface.phantom.Sdf.ellipsoid;
import static org.petface.phantom.Sdf.smoothIntersect;
import static org.petface.phantom.Sdf.smoothSubtract;
import static org.petface.phantom.Sdf.smoothUnion;
import static org.petface.phantom.Sdf.sphere;
import static org.petface.phantom.Sdf.taperedCapsule;

/**
 * Implicit head-and-shoulders anatomy of one subject in its model frame (LPS mm, origin at the centre
 * of the cranium, face towards -y). Each method returns a signed distance (negative inside) of one
 * structure; {@link PhantomScene} layers them into tissue values.
 */
final class HeadModel {

    private static final double NECK_BLEND = 14;

    private final HeadParameters head;
    private final FaceParameters face;

    // derived landmarks (model frame)
    private final double glabellaY;
    private final double glabellaZ;
    private final double eyeX;
    private final double eyeY;
    private final double eyeZ;
    private final double lidY;
    private final double nasionY;
    private final double nasionZ;
    private final double subnasaleY;
    private final double subnasaleZ;
    private final double tipY;
    private final double tipZ;
    private final double lipY;
    private final double stomionZ;
    private final double mentonZ;
    private final double chinY;
    private final double gonionY;
    private final double gonionZ;
    private final double earX;
    private final double earY;
    private final double earZ;
    private final double earCos;
    private final double earSin;
    private final double neckY;
    private final double shoulderTopZ;
    private final double torsoY;
    private final double torsoHalfHeight;

    HeadModel(HeadParameters head, FaceParameters face) {
        this.head = head;
        this.face = face;
        glabellaZ = face.glabellaHeight();
        glabellaY = -head.craniumHalfLength() * Math.sqrt(1 - sq(glabellaZ / head.craniumHalfHeight()));
        eyeZ = glabellaZ - face.eyeDrop();
        eyeX = face.eyeHalfDistance();
        lidY = glabellaY + face.eyeSetBack();
        eyeY = lidY + face.eyeRadius() + 1.5;
        nasionY = glabellaY + face.nasionSetBack();
        nasionZ = glabellaZ - 7;
        subnasaleZ = nasionZ - face.noseLength();
        subnasaleY = glabellaY + 2 - 0.7 * face.midfaceProjection();
        tipY = subnasaleY - face.noseProjection();
        tipZ = subnasaleZ + 0.9 * face.noseTipRadius();
        lipY = subnasaleY - 1;
        stomionZ = subnasaleZ - face.mouthDrop();
        mentonZ = stomionZ - face.chinDrop();
        chinY = glabellaY + 12 - face.chinProjection() - 0.5 * face.midfaceProjection();
        gonionY = -12;
        gonionZ = stomionZ - 14;
        earX = head.craniumHalfBreadth() - 6;
        earY = 2;
        earZ = eyeZ + face.earHeight();
        earCos = Math.cos(Math.toRadians(face.earProtrusion()));
        earSin = Math.sin(Math.toRadians(face.earProtrusion()));
        neckY = 14;
        shoulderTopZ = mentonZ - head.shoulderDrop();
        torsoY = 28;
        torsoHalfHeight = 170;
    }

    HeadParameters head() {
        return head;
    }

    FaceParameters face() {
        return face;
    }

    double vertexZ() {
        return head.craniumHalfHeight();
    }

    double shoulderTopZ() {
        return shoulderTopZ;
    }

    /** The most posterior extent of the body (mm, model y), where it rests on the couch. */
    double backY() {
        return Math.max(torsoY + head.torsoHalfDepth(), head.craniumHalfLength());
    }

    double[] eyeCentre(boolean left) {
        return new double[] {left ? eyeX : -eyeX, eyeY, eyeZ};
    }

    double[] noseTip() {
        return new double[] {0, tipY, tipZ};
    }

    double stomionZ() {
        return stomionZ;
    }

    double mentonZ() {
        return mentonZ;
    }

    /** The outer skin surface. */
    double skin(double x, double y, double z) {
        double ax = Math.abs(x);
        double d = cranium(x, y, z, 0);

        if (y < 40 && z < glabellaZ + 45 && z > mentonZ - 60) {
            d = face(ax, y, z, smoothUnion(d, faceMasses(ax, y, z), 12));
        }
        double neckTopZ = eyeZ - 20;
        if (z < neckTopZ + NECK_BLEND) {
            double neck = Math.max(ellipse(x, y - neckY, head.neckHalfWidth(), head.neckHalfDepth()), z - neckTopZ);
            d = smoothUnion(d, neck, NECK_BLEND);
            if (z < shoulderTopZ + 70) {
                double torso = ellipsoid(x, y - torsoY, z - (shoulderTopZ - torsoHalfHeight),
                        head.shoulderHalfWidth(), head.torsoHalfDepth(), torsoHalfHeight);
                d = smoothUnion(d, torso, 40);
            }
        }
        if (ax > earX - 25 && Math.abs(z - earZ) < 60 && Math.abs(y - earY) < 50) {
            d = smoothUnion(d, ear(ax, y, z), 3);
        }
        return d;
    }

    /** Cranial ellipsoid shrunk by inset (mm); the upper forehead leans back by the forehead slope. */
    private double cranium(double x, double y, double z, double inset) {
        double t = Math.max(0, Math.min(1, (z - glabellaZ) / (head.craniumHalfHeight() - glabellaZ)));
        double front = Math.max(0, Math.min(1, -y / (0.5 * head.craniumHalfLength())));
        double lean = face.foreheadSlope() * t * t * front;
        return ellipsoid(x, y - lean, z, head.craniumHalfBreadth() - inset, head.craniumHalfLength() - inset,
                head.craniumHalfHeight() - inset);
    }

    /** Maxilla, cheeks, lower face, jaw and chin, for the mirrored coordinate ax = |x|. */
    private double faceMasses(double ax, double y, double z) {
        double midface = ellipsoid(ax, y - (subnasaleY + 46), z - (subnasaleZ + 8),
                face.cheekboneHalfWidth() - 10, 46, 50);
        double fullness = face.cheekFullness();
        double cheek = ellipsoid(ax - (face.cheekboneHalfWidth() - 24), y - (glabellaY + 52 - 0.6 * fullness),
                z - (eyeZ - 26), 20 + 0.4 * fullness, 32, 20);
        double d = smoothUnion(midface, cheek, 10);
        double lowerFace = ellipsoid(ax, y - (subnasaleY + 40), z - (stomionZ - 6),
                face.jawHalfWidth() - 4 + 0.3 * fullness, 40, 38);
        d = smoothUnion(d, lowerFace, 12);
        double jaw = capsule(ax, y, z, face.jawHalfWidth() - 3, gonionY, gonionZ,
                face.chinHalfWidth() * 0.7, chinY + 12, mentonZ + 9, 9 + 0.3 * fullness);
        d = smoothUnion(d, jaw, 10);
        double chin = ellipsoid(ax, y - (chinY + 11), z - (mentonZ + 13), face.chinHalfWidth(), 11, 14);
        return smoothUnion(d, chin, 8);
    }

    /** Carves and adds the facial features onto the head-and-face masses d. */
    private double face(double ax, double y, double z, double d) {
        // brow ridge over each eye
        double browR = 6;
        double brow = capsule(ax, y, z, 6, glabellaY + browR + 1.5 - face.browProminence() * 0.5, glabellaZ - 1,
                eyeX + 16, glabellaY + browR + 13 - face.browProminence(), eyeZ + 12, browR);
        d = smoothUnion(d, brow, 8);

        // eye sockets and the nasion hollow, then the closed eyelids over the eyeballs
        double socket = ellipsoid(ax - eyeX, y - (lidY - 3), z - (eyeZ + 2), 20, 8 + face.eyeSocketDepth(), 13);
        d = smoothSubtract(d, socket, 7);
        double nasion = ellipsoid(ax, y - (nasionY - 9), z - nasionZ, 12, 9, 10);
        d = smoothSubtract(d, nasion, 6);
        // closed lids: wider than tall, like the palpebral fissure
        double r = face.eyeRadius();
        double lid = ellipsoid(ax - eyeX, y - eyeY, z - eyeZ, r + 3, r + 1.5, r - 0.5);
        d = smoothUnion(d, lid, 3);
        d = smoothUnion(d, nose(ax, y, z), 5);

        // lips: the mouth follows the dental arch, so its corners sit further back
        double bentY = y - 0.012 * ax * ax;
        double upperLip = ellipsoid(ax, bentY - (lipY + 8), z - (subnasaleZ + stomionZ) * 0.5,
                face.mouthHalfWidth() + 4, 8, face.mouthDrop() * 0.62);
        double upperVermilion = ellipsoid(ax, bentY - (lipY + 5.5), z - (stomionZ + face.upperLipThickness() * 0.5),
                face.mouthHalfWidth(), 6, face.upperLipThickness() * 0.7);
        double lowerVermilion = ellipsoid(ax, bentY - (lipY + 7), z - (stomionZ - face.lowerLipThickness() * 0.55),
                face.mouthHalfWidth() - 3, 6.5, face.lowerLipThickness() * 0.75);
        d = smoothUnion(d, upperLip, 5);
        d = smoothUnion(d, smoothUnion(upperVermilion, lowerVermilion, 2), 3);
        double mouthSlit = ellipsoid(ax, bentY - lipY, z - stomionZ, face.mouthHalfWidth() + 1, 10, 0.9);
        return smoothSubtract(d, mouthSlit, 1.5);
    }

    private double nose(double ax, double y, double z) {
        double bridge = face.noseBridgeHalfWidth();
        double tipR = face.noseTipRadius();
        double dorsum = taperedCapsule(ax, y, z, 0, nasionY + bridge, nasionZ, bridge,
                0, tipY + tipR, tipZ, tipR);
        double alaX = face.noseHalfWidth() - 7;
        double ala = ellipsoid(ax - alaX, y - (subnasaleY - 6), z - (subnasaleZ + 5), 7, 8, 6.5);
        double columella = capsule(ax, y, z, 0, tipY + tipR, tipZ - 2, 0, subnasaleY - 2, subnasaleZ + 1, 4.5);
        double d = smoothUnion(dorsum, ala, 5);
        d = smoothUnion(d, columella, 3);
        double nostril = ellipsoid(ax - 6.5, y - (subnasaleY - 7), z - (subnasaleZ - 0.5), 3.2, 4.5, 1.6);
        return smoothSubtract(d, nostril, 1.5);
    }

    /** One auricle, in the mirrored frame: a flat oval hinged at its front edge, turned out by the protrusion. */
    private double ear(double ax, double y, double z) {
        double qx = ax - earX;
        double qy = y - (earY - face.earWidth() * 0.5);
        double qz = z - earZ;
        double lx = qx * earCos - qy * earSin;
        double ly = qx * earSin + qy * earCos;
        // tilt the top of the ear backwards by about 15 degrees
        double ty = ly * 0.966 - qz * 0.259;
        double tz = ly * 0.259 + qz * 0.966;
        double auricle = ellipsoid(lx - 2, ty - face.earWidth() * 0.5, tz, 5, face.earWidth() * 0.5, face.earLength() * 0.5);
        double concha = sphere(lx - 10, ty - face.earWidth() * 0.42, tz + face.earLength() * 0.08, 8.5);
        return smoothSubtract(auricle, concha, 2);
    }

    /** Bone: cranial vault, facial skeleton, mandible, cervical spine, clavicles and humeral heads. */
    double bone(double x, double y, double z) {
        double ax = Math.abs(x);
        double floor = cranialFloorZ(y);
        double vault = Math.max(cranium(x, y, z, head.scalpThickness()), (floor - 9) - z);
        double d = vault;
        if (z < glabellaZ + 10 && z > mentonZ - 20 && y < 30) {
            double midface = ellipsoid(ax, y - (subnasaleY + 50), z - (subnasaleZ + 10),
                    face.cheekboneHalfWidth() - 20, 40, 42);
            double zygoma = ellipsoid(ax - (face.cheekboneHalfWidth() - 18), y - (glabellaY + 45), z - (eyeZ - 22),
                    12, 16, 9);
            double mandible = capsule(ax, y, z, face.jawHalfWidth() - 8, gonionY + 4, gonionZ,
                    face.chinHalfWidth() * 0.6, chinY + 20, mentonZ + 10, 7);
            double ramus = capsule(ax, y, z, face.jawHalfWidth() - 8, gonionY + 4, gonionZ,
                    face.jawHalfWidth() - 12, earY - 8, earZ, 6);
            double nasal = taperedCapsule(ax, y, z, 0, nasionY + 6, nasionZ, 4, 0, nasionY - 2, nasionZ - 18, 3);
            double facial = smoothUnion(smoothUnion(midface, zygoma, 6), smoothUnion(mandible, ramus, 4), 4);
            facial = Math.min(facial, nasal);
            double orbit = sphere(ax - eyeX, y - eyeY, z - eyeZ, face.eyeRadius() + 5);
            d = Math.min(d, Math.max(facial, -orbit));
        }
        double spine = capsule(x, y, z, 0, neckY + 22, floor - 25, 0, neckY + 30, shoulderTopZ - 400, 11);
        d = Math.min(d, spine);
        if (z < shoulderTopZ + 20) {
            double clavicle = capsule(ax, y, z, 22, neckY - 40, shoulderTopZ - 30,
                    head.shoulderHalfWidth() - 40, neckY + 5, shoulderTopZ - 18, 7);
            double humerus = sphere(ax - (head.shoulderHalfWidth() - 40), y - torsoY, z - (shoulderTopZ - 52), 24);
            d = Math.min(d, Math.min(clavicle, humerus));
        }
        return d;
    }

    /** The cranial cavity (filled with CSF and brain). */
    double cranialCavity(double x, double y, double z) {
        double inner = cranium(x, y, z, head.scalpThickness() + head.skullThickness());
        return smoothIntersect(inner, cranialFloorZ(y) - z, 6);
    }

    double brain(double x, double y, double z) {
        double inner = cranium(x, y, z, head.scalpThickness() + head.skullThickness() + 1.5);
        return smoothIntersect(inner, cranialFloorZ(y) + 3 - z, 8);
    }

    /** Lateral ventricles. */
    double ventricles(double x, double y, double z) {
        return ellipsoid(Math.abs(x) - 11, y - 8, z - (glabellaZ + 18), 6, 30, 9);
    }

    double eyes(double x, double y, double z) {
        return sphere(Math.abs(x) - eyeX, y - eyeY, z - eyeZ, face.eyeRadius());
    }

    /** Nasal cavity, maxillary sinuses, pharynx and trachea. */
    double airway(double x, double y, double z) {
        double nasal = capsule(x, y, z, 0, glabellaY + 30, eyeZ - 20, 0, 6, subnasaleZ - 4, 7);
        double pharynx = capsule(x, y, z, 0, 6, subnasaleZ - 4, 0, neckY - 24, mentonZ - 40, 7);
        double trachea = capsule(x, y, z, 0, neckY - 24, mentonZ - 40, 0, neckY - 20, shoulderTopZ - 400, 8);
        double sinus = ellipsoid(Math.abs(x) - 25, y - (eyeY + 18), z - (eyeZ - 30), 10, 13, 12);
        return Math.min(Math.min(nasal, pharynx), Math.min(trachea, sinus));
    }

    /** The floor of the cranial cavity: over the orbital roofs in front, sloping down to the posterior fossa. */
    private double cranialFloorZ(double y) {
        double behindOrbits = Math.max(0, y - (eyeY + 30));
        return Math.max(eyeZ - 35, eyeZ + face.eyeRadius() + 6 - 0.9 * behindOrbits);
    }

    /** Approximate distance to an ellipse (2-D, the neck's cross-section). */
    private static double ellipse(double x, double y, double rx, double ry) {
        double ax = x / rx;
        double ay = y / ry;
        double k0 = Math.sqrt(ax * ax + ay * ay);
        double bx = ax / rx;
        double by = ay / ry;
        double k1 = Math.sqrt(bx * bx + by * by);
        return k1 < 1e-12 ? -Math.min(rx, ry) : k0 * (k0 - 1) / k1;
    }

    private static double sq(double v) {
        return v * v;
    }
}
