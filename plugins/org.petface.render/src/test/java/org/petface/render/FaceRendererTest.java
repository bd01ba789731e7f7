package org.petface.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.petface.core.Mesh;
import org.petface.core.Volume;

class FaceRendererTest {

    private static final RenderOptions SMALL = RenderOptions.defaults().withSize(160, 160);

    /** A frontal orthographic camera 300 mm anterior of the origin, 0.5 mm pixels. */
    private static Camera frontal(int size) {
        return Camera.orthographic(new Vec3(0, -300, 0), new Vec3(0, 1, 0), new Vec3(0, 0, 1), 0.5, size, size);
    }

    @Test
    void sphereDepthMatchesGeometryWithinHalfMillimetre() {
        Mesh sphere = Shapes.sphere(10, 20, 30, 40, 256);
        for (Camera camera : new Camera[] {frontal(200),
            Camera.perspective(new Vec3(30, -250, 50), new Vec3(-20, 270, -20), new Vec3(0, 0, 1), 30, 200, 200)}) {
            FaceRender render = new FaceRenderer(SMALL.withCamera(camera)).apply(sphere);
            assertTrue(render.status().isOk());
            int checked = 0;
            for (int row = 0; row < 200; row += 3) {
                for (int col = 0; col < 200; col += 3) {
                    double expected = sphereDepth(camera, col + 0.5, row + 0.5, new Vec3(10, 20, 30), 40);
                    // skip the silhouette, where a pixel centre may fall between the polygon and the sphere
                    if (Double.isNaN(expected) || Double.isNaN(sphereDepth(camera, col + 0.5, row + 0.5,
                            new Vec3(10, 20, 30), 39))) {
                        continue;
                    }
                    assertEquals(expected, render.depth(col, row), 0.5, "depth at " + col + "," + row);
                    checked++;
                }
            }
            assertTrue(checked > 1000, "checked " + checked);
        }
    }

    @Test
    void boxFrontFaceDepthIsItsDistanceFromTheCamera() {
        Mesh box = Shapes.box(-20, -15, -10, 20, 25, 10);
        FaceRender render = new FaceRenderer(SMALL.withCamera(frontal(160))).apply(box);
        // the front face (y = -15) is 285 mm from the camera at y = -300; it covers 80 x 40 pixels
        assertEquals(285, render.depth(80, 80), 1e-3);
        assertEquals(80 * 40, render.surfacePixels());
        assertEquals(255, render.grey(80, 80), "a face turned to the viewer is white in normal shading");
        Vec3 p = render.surfacePoint(100, 70);
        assertEquals(-15, p.y(), 1e-3);
        assertEquals(10.25, p.x(), 1e-9, "column 100 is 20.5 pixels right of the centre: patient left (+X)");
        assertEquals(4.75, p.z(), 1e-9, "row 70 is 9.5 pixels above the centre: superior (+Z)");
    }

    @Test
    void markerOnPatientsLeftAndAboveAppearsOnImageRightAndTop() {
        Mesh head = Shapes.sphere(0, 0, 0, 60, 128);
        Mesh marker = Shapes.sphere(40, -40, 25, 12, 64);
        for (RenderOptions options : new RenderOptions[] {SMALL, SMALL.withProjection(Projection.PERSPECTIVE)}) {
            FaceRender plain = new FaceRenderer(options).apply(head);
            FaceRender marked = new FaceRenderer(options).apply(Shapes.union(head, marker));
            double[] centroid = changedCentroid(plain, marked);
            assertTrue(centroid[0] > 100, "marker column " + centroid[0] + " should be right of centre");
            assertTrue(centroid[1] < 70, "marker row " + centroid[1] + " should be above the centre");
        }
    }

    @Test
    void positiveYawMovesTheCameraToThePatientsLeft() {
        Mesh head = Shapes.sphere(0, 0, 0, 60, 128);
        Mesh nose = Shapes.sphere(0, -60, 0, 15, 64);
        Mesh leftEar = Shapes.sphere(60, 0, 0, 12, 64);
        Mesh all = Shapes.union(Shapes.union(head, nose), leftEar);
        FaceRender frontal = new FaceRenderer(SMALL.withCamera(null)).apply(all);
        FaceRender turned = new FaceRenderer(SMALL.withView(40, 0)).apply(all);
        assertTrue(turned.camera().position().x() > 50, "camera at " + turned.camera().position());
        double[] noseFrontal = centroidWithin(frontal, new Vec3(0, -68, 0), 10);
        double[] noseTurned = centroidWithin(turned, new Vec3(0, -68, 0), 10);
        assertTrue(noseTurned[0] < noseFrontal[0] - 10, "nose moves to the image's left: " + noseFrontal[0] + " -> "
                + noseTurned[0]);
        assertTrue(countWithin(turned, new Vec3(66, 0, 0), 8) > 4 * countWithin(frontal, new Vec3(66, 0, 0), 8),
                "the left ear shows more when the camera turns toward it");
        FaceRender raised = new FaceRenderer(SMALL.withView(0, 30)).apply(all);
        assertTrue(raised.camera().position().z() > 50, "positive pitch raises the camera");
    }

    @Test
    void meshAndRaycastPathsAgree() {
        double[][] spheres = {{0, 0, 0, 60}, {0, -58, 5, 15}, {35, -40, 25, 10}};
        Mesh mesh = Shapes.union(Shapes.union(Shapes.sphere(0, 0, 0, 60, 256), Shapes.sphere(0, -58, 5, 15, 128)),
                Shapes.sphere(35, -40, 25, 10, 128));
        Volume volume = Shapes.spheresVolume(80, 1.5, spheres);
        for (Projection projection : Projection.values()) {
            RenderOptions options = SMALL.withProjection(projection).withShading(Shading.lambert(new Vec3(1, 1, 1)));
            FaceRender fromMesh = new FaceRenderer(options).apply(mesh);
            FaceRender fromVolume = new FaceRenderer(options.withCamera(fromMesh.camera()))
                    .apply(new IsoSurface(volume, 0));
            int both = 0;
            int either = 0;
            double greyDifference = 0;
            double[] depthDifference = new double[fromMesh.depthMm().length];
            for (int p = 0; p < fromMesh.mask().length; p++) {
                if (fromMesh.mask()[p] || fromVolume.mask()[p]) {
                    either++;
                }
                if (fromMesh.mask()[p] && fromVolume.mask()[p]) {
                    greyDifference += Math.abs((fromMesh.image()[p] & 0xff) - (fromVolume.image()[p] & 0xff));
                    depthDifference[both++] = Math.abs(fromMesh.depthMm()[p] - fromVolume.depthMm()[p]);
                }
            }
            double[] d = Arrays.copyOf(depthDifference, both);
            Arrays.sort(d);
            assertTrue(both > 0.99 * either, projection + ": masks overlap " + both + " of " + either);
            assertTrue(greyDifference / both < 2, projection + ": mean grey difference " + greyDifference / both);
            assertTrue(d[both / 2] < 0.1, projection + ": median depth difference " + d[both / 2]);
            assertTrue(d[(int) (both * 0.99)] < 0.5, projection + ": 99th percentile " + d[(int) (both * 0.99)]);
        }
    }

    @Test
    void renderingIsDeterministic() {
        Mesh mesh = Shapes.union(Shapes.sphere(0, 0, 0, 60, 128), Shapes.box(-10, -70, -10, 10, -40, 10));
        RenderOptions options = SMALL.withShading(Shading.phong(new Vec3(-1, 1, 2))).withView(12, -7);
        FaceRender a = new FaceRenderer(options).apply(mesh);
        FaceRender b = new FaceRenderer(options).apply(mesh);
        assertArrayEquals(a.image(), b.image());
        assertArrayEquals(a.depthMm(), b.depthMm());
        assertEquals(a.camera(), b.camera());
        Volume volume = Shapes.spheresVolume(80, 2, new double[] {0, 0, 0, 60});
        assertArrayEquals(new FaceRenderer(options).apply(new IsoSurface(volume, 0)).image(),
                new FaceRenderer(options).apply(new IsoSurface(volume, 0)).image());
    }

    @Test
    void nothingInViewIsAnErrorStatus() {
        Mesh far = Shapes.sphere(0, 0, 5000, 10, 32);
        FaceRender render = new FaceRenderer(SMALL.withCamera(frontal(64))).apply(far);
        assertTrue(render.status().isError());
        assertTrue(render.status().reason().contains("no surface in view"));
        Volume air = Shapes.spheresVolume(20, 2, new double[] {0, 0, 0, 5});
        assertTrue(new FaceRenderer(SMALL).apply(new IsoSurface(air, 100)).status().isError());
    }

    /** The depth (mm) at which the ray through (u, v) meets the sphere, or NaN. */
    private static double sphereDepth(Camera camera, double u, double v, Vec3 centre, double r) {
        Vec3 o = camera.rayOrigin(u, v);
        Vec3 s = camera.rayStep(u, v);
        Vec3 oc = o.minus(centre);
        double a = s.dot(s);
        double b = 2 * s.dot(oc);
        double c = oc.dot(oc) - r * r;
        double disc = b * b - 4 * a * c;
        return disc < 0 ? Double.NaN : (-b - Math.sqrt(disc)) / (2 * a);
    }

    /** The mean column and row of the pixels whose grey level or mask differ. */
    private static double[] changedCentroid(FaceRender a, FaceRender b) {
        double sc = 0;
        double sr = 0;
        int n = 0;
        for (int row = 0; row < a.height(); row++) {
            for (int col = 0; col < a.width(); col++) {
                if (a.grey(col, row) != b.grey(col, row) || Float.compare(a.depth(col, row), b.depth(col, row)) != 0) {
                    sc += col;
                    sr += row;
                    n++;
                }
            }
        }
        assertTrue(n > 20, "the marker changed " + n + " pixels");
        return new double[] {sc / n, sr / n};
    }

    private static double[] centroidWithin(FaceRender render, Vec3 centre, double radius) {
        double sc = 0;
        double sr = 0;
        int n = 0;
        for (int row = 0; row < render.height(); row++) {
            for (int col = 0; col < render.width(); col++) {
                Vec3 p = render.surfacePoint(col, row);
                if (p != null && p.minus(centre).length() < radius) {
                    sc += col;
                    sr += row;
                    n++;
                }
            }
        }
        assertTrue(n > 0, "no pixel shows the point " + centre);
        return new double[] {sc / n, sr / n};
    }

    private static int countWithin(FaceRender render, Vec3 centre, double radius) {
        int n = 0;
        for (int row = 0; row < render.height(); row++) {
            for (int col = 0; col < render.width(); col++) {
                Vec3 p = render.surfacePoint(col, row);
                if (p != null && p.minus(centre).length() < radius) {
                    n++;
                }
            }
        }
        return n;
    }
}
