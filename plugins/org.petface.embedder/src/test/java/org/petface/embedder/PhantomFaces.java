package org.petface.embedder;

import org.petface.phantom.FaceParameters;
import org.petface.phantom.HeadParameters;
import org.petface.phantom.PhantomStudy;
import org.petface.phantom.Pose;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderer;
import org.petface.render.RenderOptions;
import org.petface.render.Vec3;
import org.petface.surface.SurfaceExtractor;
import org.petface.surface.SurfaceOptions;

/** Frontal renders of phantom studies through stages 3 and 4, and where the phantom put each nose tip. */
final class PhantomFaces {

    /** The phantom generator's couch top (patient y, mm) on which the body rests. */
    private static final double COUCH_TOP_Y = 125;
    /** The phantom's torso centre behind the model origin (mm). */
    private static final double TORSO_Y = 28;

    private PhantomFaces() {
    }

    static FaceRender[] renderCtAndPet(PhantomStudy study) {
        SurfaceExtractor surfaces = new SurfaceExtractor(SurfaceOptions.defaults().withThreads(1));
        FaceRenderer renderer = new FaceRenderer(RenderOptions.defaults());
        return new FaceRender[] {renderer.apply(surfaces.apply(study.ct()).mesh()),
            renderer.apply(surfaces.apply(study.petSuv()).mesh())};
    }

    /**
     * The nose tip (LPS, mm) of a phantom study. The phantom module keeps its landmarks package-private, so this
     * repeats its head model's nose geometry and posing from the public subject and session parameters.
     */
    static Vec3 trueNoseTip(PhantomStudy study) {
        HeadParameters head = study.subject().head();
        FaceParameters face = study.subject().face();
        double glabellaZ = face.glabellaHeight();
        double glabellaY = -head.craniumHalfLength()
                * Math.sqrt(1 - Math.pow(glabellaZ / head.craniumHalfHeight(), 2));
        double subnasaleY = glabellaY + 2 - 0.7 * face.midfaceProjection();
        double subnasaleZ = glabellaZ - 7 - face.noseLength();
        double[] model = {0, subnasaleY - face.noseProjection(), subnasaleZ + 0.9 * face.noseTipRadius()};
        Pose pose = study.session().pose();
        double[] r = rotation(pose);
        double backY = Math.max(TORSO_Y + head.torsoHalfDepth(), head.craniumHalfLength());
        double[] origin = {pose.shiftX(), COUCH_TOP_Y - backY + pose.shiftY(), pose.shiftZ()};
        double[] p = new double[3];
        for (int i = 0; i < 3; i++) {
            p[i] = origin[i] + r[3 * i] * model[0] + r[3 * i + 1] * model[1] + r[3 * i + 2] * model[2];
        }
        return new Vec3(p[0], p[1], p[2]);
    }

    /** Roll * pitch * yaw, as the phantom poses its head (yaw about z, pitch about x, roll about y). */
    private static double[] rotation(Pose pose) {
        double a = Math.toRadians(pose.yawDegrees());
        double b = Math.toRadians(pose.pitchDegrees());
        double c = Math.toRadians(pose.rollDegrees());
        double[] yaw = {Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a), 0, 0, 0, 1};
        double[] pitch = {1, 0, 0, 0, Math.cos(b), -Math.sin(b), 0, Math.sin(b), Math.cos(b)};
        double[] roll = {Math.cos(c), 0, Math.sin(c), 0, 1, 0, -Math.sin(c), 0, Math.cos(c)};
        return multiply(roll, multiply(pitch, yaw));
    }

    private static double[] multiply(double[] p, double[] q) {
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[3 * i + j] = p[3 * i] * q[j] + p[3 * i + 1] * q[3 + j] + p[3 * i + 2] * q[6 + j];
            }
        }
        return m;
    }
}
