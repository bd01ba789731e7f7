package org.petface.matcher.shape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.petface.core.Mesh;
import org.petface.matcher.Identification;
import org.petface.matcher.SimilarityMatrix;

class ShapeMatcherTest {

    /** A head-like ellipsoid (face to -y, top +z) with a nose and brow whose sizes make the identity. */
    private static Mesh head(double nose, double noseWidth, double brow, double width, double angleZ,
            double[] shift, double noise, long seed) {
        int rings = 90;
        int segments = 180;
        float[] v = new float[3 * rings * segments];
        SplittableRandom r = new SplittableRandom(seed);
        double c = Math.cos(angleZ);
        double s = Math.sin(angleZ);
        for (int i = 0; i < rings; i++) {
            double theta = Math.PI * (i + 0.5) / rings;
            for (int j = 0; j < segments; j++) {
                double phi = 2 * Math.PI * j / segments;
                double x = width * Math.sin(theta) * Math.cos(phi);
                double y = 95 * Math.sin(theta) * Math.sin(phi);
                double z = 110 * Math.cos(theta);
                if (y < 0) {
                    double front = -y / 95;
                    y -= nose * Math.exp(-(x * x / (2 * noseWidth * noseWidth) + z * z / 800)) * front;
                    y -= brow * Math.exp(-((z - 35) * (z - 35) / 100 + x * x / 1500)) * front;
                }
                x += noise * r.nextGaussian();
                y += noise * r.nextGaussian();
                z += noise * r.nextGaussian();
                int k = 3 * (i * segments + j);
                v[k] = (float) (c * x - s * y + shift[0]);
                v[k + 1] = (float) (s * x + c * y + shift[1]);
                v[k + 2] = (float) (z + shift[2]);
            }
        }
        int[] triangles = new int[6 * (rings - 1) * segments];
        int t = 0;
        for (int i = 0; i + 1 < rings; i++) {
            for (int j = 0; j < segments; j++) {
                int a = i * segments + j;
                int b = i * segments + (j + 1) % segments;
                int cc = a + segments;
                int d = b + segments;
                triangles[t++] = a;
                triangles[t++] = cc;
                triangles[t++] = b;
                triangles[t++] = b;
                triangles[t++] = cc;
                triangles[t++] = d;
            }
        }
        double[] sum = new double[v.length];
        for (int k = 0; k < triangles.length; k += 3) {
            int a = 3 * triangles[k];
            int b = 3 * triangles[k + 1];
            int cc = 3 * triangles[k + 2];
            double ux = v[b] - v[a], uy = v[b + 1] - v[a + 1], uz = v[b + 2] - v[a + 2];
            double wx = v[cc] - v[a], wy = v[cc + 1] - v[a + 1], wz = v[cc + 2] - v[a + 2];
            double[] n = {uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx};
            for (int corner : new int[] {a, b, cc}) {
                for (int axis = 0; axis < 3; axis++) {
                    sum[corner + axis] += n[axis];
                }
            }
        }
        float[] normals = new float[v.length];
        for (int i = 0; i < v.length; i += 3) {
            double len = Math.max(1e-12, Math.sqrt(sum[i] * sum[i] + sum[i + 1] * sum[i + 1] + sum[i + 2] * sum[i + 2]));
            normals[i] = (float) (sum[i] / len);
            normals[i + 1] = (float) (sum[i + 1] / len);
            normals[i + 2] = (float) (sum[i + 2] / len);
        }
        return new Mesh(v, triangles, normals);
    }

    private static final double[][] IDENTITIES = {{22, 9, 8, 75}, {14, 14, 3, 72}, {28, 7, 12, 80}, {18, 11, 0, 70}};

    private static Mesh identity(int id, double angle, double[] shift, double noise, long seed) {
        double[] p = IDENTITIES[id];
        return head(p[0], p[1], p[2], p[3], angle, shift, noise, seed);
    }

    @Test
    void movedNoisyCopyScoresBetterThanAnotherShape() {
        ShapeMatchOptions options = ShapeMatchOptions.defaults();
        Mesh gallery0 = identity(0, 0, new double[3], 0, 1);
        Mesh probe0 = identity(0, 0.08, new double[] {6, -4, 5}, 0.3, 2);
        Registration same = ShapeMatcher.register(probe0, gallery0, options);
        Registration other = ShapeMatcher.register(probe0, identity(1, 0, new double[3], 0, 1), options);
        assertTrue(same.rmsMm() < 0.5, "same shape residual " + same.rmsMm());
        assertTrue(other.rmsMm() > 2 * same.rmsMm(), same.rmsMm() + " vs " + other.rmsMm());
        // the recovered rotation undoes the probe's 0.08 rad turn about z
        assertEquals(-0.08, Math.atan2(same.transform().rotation()[3], same.transform().rotation()[0]), 0.01);
    }

    @Test
    void identifiesEveryHeadAndIsDeterministic() {
        List<Mesh> gallery = List.of(identity(0, 0, new double[3], 0, 1), identity(1, 0, new double[3], 0, 1),
                identity(2, 0, new double[3], 0, 1), identity(3, 0, new double[3], 0, 1));
        List<Mesh> probes = List.of(identity(0, -0.05, new double[] {2, 3, -4}, 0.4, 11),
                identity(1, 0.05, new double[] {-5, 1, 2}, 0.4, 12), identity(2, 0.03, new double[] {0, 6, 0}, 0.4, 13),
                identity(3, -0.02, new double[] {4, -4, 4}, 0.4, 14));
        ShapeMatchOptions options = ShapeMatchOptions.defaults();
        SimilarityMatrix a = ShapeMatcher.apply(probes, gallery, options);
        List<String> ids = List.of("a", "b", "c", "d");
        assertEquals(1.0, Identification.apply(a, ids, ids).topK(1));
        SimilarityMatrix b = ShapeMatcher.apply(probes, gallery, new ShapeMatchOptions(180, 75, 60, 3, 1.5, 30, 0.9, 1));
        assertArrayEquals(a.scores(), b.scores());
    }

    /** Two vertices near the top of a head: no face region to register. */
    private static Mesh sliver() {
        return new Mesh(new float[] {0, 0, 0, 1, 0, 0}, new int[0], new float[] {0, -1, 0, 0, -1, 0});
    }

    @Test
    void preparingTellsEachMeshWithoutAFaceRegionApart() {
        ShapeMatchOptions options = ShapeMatchOptions.defaults();
        PreparedFace head = ShapeMatcher.prepareGallery(identity(0, 0, new double[3], 0, 1), options);
        assertTrue(head.usable(), head.status().reason());
        assertTrue(head.face().count() > 100, "a face region of " + head.face().count() + " points");
        PreparedFace probe = ShapeMatcher.prepareProbe(identity(0, 0, new double[3], 0, 1), options);
        assertTrue(probe.face().count() < head.face().count(), "the probe is thinned more coarsely");

        PreparedFace empty = ShapeMatcher.prepareProbe(new Mesh(new float[0], new int[0], new float[0]), options);
        assertFalse(empty.usable());
        assertTrue(empty.status().reason().contains("fewer than 3 vertices"), empty.status().reason());
        assertFalse(ShapeMatcher.prepareGallery(sliver(), options).usable());

        Mesh head1 = identity(1, 0, new double[3], 0, 1);
        float[] vertices = head1.vertices();
        int noseTip = 0;
        for (int i = 1; i < head1.vertexCount(); i++) {
            noseTip = vertices[3 * i + 1] < vertices[3 * noseTip + 1] ? i : noseTip;
        }
        vertices[3 * noseTip] = Float.NaN;
        PreparedFace nan = ShapeMatcher.prepareProbe(new Mesh(vertices, head1.triangles(), head1.normals()), options);
        assertFalse(nan.usable(), "a NaN vertex would poison every score of the probe");
        assertTrue(nan.status().reason().contains("non-finite"), nan.status().reason());
    }

    @Test
    void matchingRefusesAnUnusableFaceNamingIt() {
        ShapeMatchOptions options = ShapeMatchOptions.defaults();
        List<PreparedFace> gallery = List.of(ShapeMatcher.prepareGallery(identity(0, 0, new double[3], 0, 1), options));
        List<PreparedFace> probes = List.of(ShapeMatcher.prepareProbe(identity(0, 0, new double[3], 0, 1), options),
                ShapeMatcher.prepareProbe(sliver(), options));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShapeMatcher.match(probes, gallery, options, (done, count) -> { }));
        assertTrue(e.getMessage().startsWith("probe 1: fewer than 3"), e.getMessage());
        IllegalArgumentException viaMeshes = assertThrows(IllegalArgumentException.class,
                () -> ShapeMatcher.apply(List.of(sliver()), List.of(identity(0, 0, new double[3], 0, 1)), options));
        assertTrue(viaMeshes.getMessage().startsWith("probe 0: "), viaMeshes.getMessage());
    }

    @Test
    void theListenerHearsEveryProbeInOrderAndCanStopTheMatching() throws IOException {
        ShapeMatchOptions options = new ShapeMatchOptions(180, 75, 60, 8, 3, 4, 0.9, 2);
        List<PreparedFace> gallery = new ArrayList<>();
        List<PreparedFace> probes = new ArrayList<>();
        for (int id = 0; id < 4; id++) {
            gallery.add(ShapeMatcher.prepareGallery(identity(id, 0, new double[3], 0, 1), options));
            probes.add(ShapeMatcher.prepareProbe(identity(id, 0.02, new double[] {1, 2, 3}, 0.3, 20 + id), options));
        }
        List<Integer> heard = new ArrayList<>();
        SimilarityMatrix scores = ShapeMatcher.match(probes, gallery, options, (done, count) -> {
            assertEquals(4, count);
            heard.add(done);
        });
        assertEquals(List.of(1, 2, 3, 4), heard);
        assertArrayEquals(ShapeMatcher.apply(List.of(identity(2, 0.02, new double[] {1, 2, 3}, 0.3, 22)),
                List.of(identity(0, 0, new double[3], 0, 1), identity(1, 0, new double[3], 0, 1),
                        identity(2, 0, new double[3], 0, 1), identity(3, 0, new double[3], 0, 1)), options).scores(),
                Arrays.copyOfRange(scores.scores(), 8, 12), "prepared faces score as the meshes do");

        IOException stop = new IOException("canceled");
        List<Integer> beforeStop = new ArrayList<>();
        IOException thrown = assertThrows(IOException.class, () -> ShapeMatcher.match(probes, gallery, options,
                (done, count) -> {
                    beforeStop.add(done);
                    throw stop;
                }));
        assertSame(stop, thrown, "the listener's own checked exception comes out");
        assertEquals(List.of(1), beforeStop, "no probe is reported after the stop");
    }
}
