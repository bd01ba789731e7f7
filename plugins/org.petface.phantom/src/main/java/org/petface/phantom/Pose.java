package org.petface.phantom;

import java.util.SplittableRandom;

/**
 * Where the head model sits in the scanner: rotations (degrees) about the model origin, then a shift
 * (mm, LPS) of the model origin from its nominal place. Yaw turns the face to the patient's left,
 * pitch nods the chin down, roll tilts the head to the left shoulder.
 */
public record Pose(double yawDegrees, double pitchDegrees, double rollDegrees,
                   double shiftX, double shiftY, double shiftZ) {

    /** Patient positioning at a first scan: a couple of degrees and millimetres off. */
    public static Pose firstSession(SplittableRandom rng) {
        return new Pose(Sampling.normal(rng, 0, 2), Sampling.normal(rng, 0, 2), Sampling.normal(rng, 0, 1.5),
                Sampling.normal(rng, 0, 3), Sampling.normal(rng, 0, 2), Sampling.normal(rng, 0, 3));
    }

    /** A repeat scan: the same patient positioned again, a few degrees and millimetres away. */
    public Pose repositioned(SplittableRandom rng) {
        return new Pose(yawDegrees + Sampling.normal(rng, 0, 3), pitchDegrees + Sampling.normal(rng, 0, 3),
                rollDegrees + Sampling.normal(rng, 0, 2), shiftX + Sampling.normal(rng, 0, 4),
                shiftY + Sampling.normal(rng, 0, 2), shiftZ + Sampling.normal(rng, 0, 5));
    }

    /** Row-major 3x3 rotation taking model directions to patient directions (roll * pitch * yaw). */
    double[] rotation() {
        double a = Math.toRadians(yawDegrees);
        double b = Math.toRadians(pitchDegrees);
        double c = Math.toRadians(rollDegrees);
        // yaw about z (superior), pitch about x (left), roll about y (posterior)
        double[] yaw = {Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a), 0, 0, 0, 1};
        double[] pitch = {1, 0, 0, 0, Math.cos(b), -Math.sin(b), 0, Math.sin(b), Math.cos(b)};
        double[] roll = {Math.cos(c), 0, Math.sin(c), 0, 1, 0, -Math.sin(c), 0, Math.cos(c)};
        return multiply(roll, multiply(pitch, yaw));
    }

    private static double[] multiply(double[] p, double[] q) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i * 3 + j] = p[i * 3] * q[j] + p[i * 3 + 1] * q[3 + j] + p[i * 3 + 2] * q[6 + j];
            }
        }
        return r;
    }
}
