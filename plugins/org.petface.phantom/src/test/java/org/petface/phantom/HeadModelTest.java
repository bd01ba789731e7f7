package org.petface.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Anatomy sanity of the implicit head model, for several subjects of a cohort. */
class HeadModelTest {

    private static final long SEED = 20240108L;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void noseTipIsTheMostAnteriorSkinPointNearTheMidline(int index) {
        HeadModel model = model(index);
        double[] tip = model.noseTip();
        double bestY = Double.POSITIVE_INFINITY;
        double bestX = 0;
        double bestZ = 0;
        for (double x = -40; x <= 40; x += 2) {
            for (double z = model.mentonZ() - 10; z <= model.vertexZ(); z += 1) {
                double y = frontY(model, x, z);
                if (y < bestY) {
                    bestY = y;
                    bestX = x;
                    bestZ = z;
                }
            }
        }
        assertTrue(Math.abs(bestX) <= 3, "most anterior point off the midline at x=" + bestX);
        assertEquals(tip[2], bestZ, 6, "most anterior point is not at the nose tip's height");
        assertEquals(tip[1], bestY, 2, "nose tip depth");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void eyesAboveNoseAboveMouthAboveChin(int index) {
        HeadModel model = model(index);
        double[] left = model.eyeCentre(true);
        double[] right = model.eyeCentre(false);
        double tipZ = model.noseTip()[2];
        assertTrue(left[0] > 20 && right[0] < -20, "eyes on both sides of the midline");
        assertTrue(left[2] > tipZ + 20, "eyes well above the nose tip");
        assertTrue(model.stomionZ() < tipZ - 10, "mouth below the nose");
        assertTrue(model.mentonZ() < model.stomionZ() - 30, "chin below the mouth");
        // the eyes are covered by skin but close to the face's surface
        assertTrue(model.skin(left[0], left[1], left[2]) < -10);
        assertTrue(model.eyes(left[0], left[1], left[2]) < 0);
        assertTrue(frontY(model, left[0], left[2]) > left[1] - 20);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void brainSitsInsideTheSkullInsideTheSkin(int index) {
        HeadModel model = model(index);
        int brainPoints = 0;
        for (double x = -90; x <= 90; x += 6) {
            for (double y = -110; y <= 110; y += 6) {
                for (double z = -60; z <= 110; z += 6) {
                    if (model.brain(x, y, z) < 0) {
                        brainPoints++;
                        assertTrue(model.cranialCavity(x, y, z) < 0, "brain outside the cranial cavity");
                        assertTrue(model.skin(x, y, z) < -8, "brain too close to the skin at " + x + "," + y + "," + z
                                + ": " + model.skin(x, y, z));
                    }
                }
            }
        }
        assertTrue(brainPoints * 216.0 > 850_000, "brain volume below 0.85 l: " + brainPoints * 216.0 / 1e6 + " l");
        // along rays from the brain's centre outwards, bone lies between brain and air
        for (double[] dir : new double[][] {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0.6, -0.6, 0.5}}) {
            boolean bone = false;
            boolean left = false;
            for (double t = 0; t < 150; t += 0.5) {
                double x = dir[0] * t;
                double y = 5 + dir[1] * t;
                double z = 20 + dir[2] * t;
                if (model.brain(x, y, z) > 0 && model.bone(x, y, z) < 0) {
                    bone = true;
                }
                if (model.skin(x, y, z) > 0) {
                    left = true;
                    break;
                }
            }
            assertTrue(left && bone, "no skull between brain and skin along a ray");
        }
    }

    /** The most anterior y (mm, model frame) of the skin along the ray at (x, z), or +inf when none. */
    private static double frontY(HeadModel model, double x, double z) {
        for (double y = -170; y < 0; y += 1) {
            if (model.skin(x, y, z) < 0) {
                double inside = y;
                while (model.skin(x, inside - 0.1, z) < 0) {
                    inside -= 0.1;
                }
                return inside;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private static HeadModel model(int index) {
        PhantomSubject s = PhantomSubject.sample(SEED, index);
        return new HeadModel(s.head(), s.face());
    }
}
