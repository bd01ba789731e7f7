package org.petface.matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ProcrustesTest {

    private static double[] randomPoints(int n, int dims, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] p = new double[n * dims];
        for (int i = 0; i < p.length; i++) {
            p[i] = r.nextDouble() * 100 - 50;
        }
        return p;
    }

    @Test
    void recoversA3dSimilarityTransform() {
        double[] source = randomPoints(20, 3, 1);
        double angle = 0.7;
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        // rotation about the axis (1, 1, 1)/sqrt(3)
        double[] axis = {1 / Math.sqrt(3), 1 / Math.sqrt(3), 1 / Math.sqrt(3)};
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double cross = 0;
                if (i != j) {
                    int k = 3 - i - j;
                    cross = ((j - i + 3) % 3 == 1 ? -1 : 1) * axis[k] * s;
                }
                r[i * 3 + j] = (i == j ? c : 0) + (1 - c) * axis[i] * axis[j] + cross;
            }
        }
        SimilarityTransform truth = new SimilarityTransform(3, 1.7, r, new double[] {5, -3, 12});
        double[] target = truth.apply(source);
        SimilarityTransform fit = Procrustes.fit(source, target, 3, true);
        assertEquals(1.7, fit.scale(), 1e-9);
        for (int i = 0; i < 9; i++) {
            assertEquals(r[i], fit.rotation()[i], 1e-9);
        }
        assertEquals(0, Procrustes.distance(source, target, 3), 1e-9);
    }

    @Test
    void recoversA2dRotationAndNeverAReflection() {
        double[] source = randomPoints(10, 2, 2);
        SimilarityTransform truth = new SimilarityTransform(2, 0.5,
                new double[] {Math.cos(2.5), -Math.sin(2.5), Math.sin(2.5), Math.cos(2.5)}, new double[] {1, 2});
        assertEquals(0, Procrustes.distance(source, truth.apply(source), 2), 1e-9);
        double[] mirrored = source.clone();
        for (int i = 0; i < mirrored.length; i += 2) {
            mirrored[i] = -mirrored[i];
        }
        assertTrue(Procrustes.distance(source, mirrored, 2) > 0.1, "a mirror image is a different shape");
    }

    @Test
    void landmarkMatcherPrefersTheSameShapeInAnotherPose() {
        List<float[]> gallery = new ArrayList<>();
        List<float[]> probes = new ArrayList<>();
        SimilarityTransform pose = new SimilarityTransform(3, 2.0,
                new double[] {0, -1, 0, 1, 0, 0, 0, 0, 1}, new double[] {10, 0, -4});
        SplittableRandom noise = new SplittableRandom(9);
        for (int id = 0; id < 8; id++) {
            double[] shape = randomPoints(12, 3, 100 + id);
            gallery.add(toFloat(shape));
            double[] moved = pose.apply(shape);
            for (int i = 0; i < moved.length; i++) {
                moved[i] += noise.nextGaussian() * 0.5;
            }
            probes.add(toFloat(moved));
        }
        SimilarityMatrix s = LandmarkMatcher.apply(probes, gallery, new LandmarkOptions(3, 2));
        List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        assertEquals(1.0, Identification.apply(s, ids, ids).topK(1));
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }
}
