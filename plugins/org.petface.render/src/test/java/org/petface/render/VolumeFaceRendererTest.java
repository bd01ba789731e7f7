package org.petface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.petface.core.Volume;
import org.petface.phantom.PhantomGenerator;
import org.petface.surface.SkinThreshold;
import org.petface.surface.SurfaceOptions;
import org.petface.surface.mesh.MeshSmoothing;

class VolumeFaceRendererTest {

    private static final VolumeRenderOptions SMALL = VolumeRenderOptions.defaults()
            .withRender(RenderOptions.defaults().withSize(160, 160));

    private static Volume ct;

    @BeforeAll
    static void generate() {
        ct = new PhantomGenerator(5, 0.5).generate(0, 1).ct();
    }

    @Test
    void meshAndRaycastPathsSeeTheSameFace() {
        // unsmoothed, so that the mesh is the iso-surface the ray cast finds
        VolumeRenderOptions options = SMALL.withSurface(SMALL.surface().withSmoothing(MeshSmoothing.none()));
        VolumeRenderResult mesh = new VolumeFaceRenderer(options).apply(ct);
        assertTrue(mesh.status().isOk(), mesh.status().reason());
        assertNotNull(mesh.surface(), "the mesh path keeps stage 3's result");
        assertTrue(mesh.surface().mesh().triangleCount() > 1000, "triangles " + mesh.surface().mesh().triangleCount());
        VolumeRenderResult raycast = new VolumeFaceRenderer(options.withMethod(RenderMethod.RAYCAST)
                .withRender(options.render().withCamera(mesh.render().camera()))).apply(ct);
        assertTrue(raycast.status().isOk(), raycast.status().reason());
        assertNull(raycast.surface(), "the ray cast makes no mesh");
        assertEquals(mesh.threshold(), raycast.threshold());

        boolean[] a = mesh.render().mask();
        boolean[] b = raycast.render().mask();
        int both = 0;
        int either = 0;
        double[] depthDifference = new double[a.length];
        for (int p = 0; p < a.length; p++) {
            either += a[p] || b[p] ? 1 : 0;
            if (a[p] && b[p]) {
                depthDifference[both++] = Math.abs(mesh.render().depthMm()[p] - raycast.render().depthMm()[p]);
            }
        }
        double[] d = Arrays.copyOf(depthDifference, both);
        Arrays.sort(d);
        assertTrue(mesh.render().surfacePixels() > 160 * 160 / 5, "pixels " + mesh.render().surfacePixels());
        assertTrue(both > 0.99 * either, "masks overlap " + both + " of " + either);
        // marching cubes interpolates along cell edges, the ray cast inside cells: they part most in the phantom's
        // 2x2x6 mm cells where the view grazes the skin
        assertTrue(d[both / 2] < 0.25, "median depth difference " + d[both / 2]);
        assertTrue(d[(int) (both * 0.99)] < 2, "99th percentile " + d[(int) (both * 0.99)]);
    }

    @Test
    void timingsNameEachStageInOrder() {
        VolumeRenderResult mesh = new VolumeFaceRenderer(SMALL).apply(ct);
        assertEquals(List.of("threshold", "mask", "components", "clean-up", "field", "marching cubes", "smoothing",
                "normals", "render"), List.copyOf(mesh.millisByStage().keySet()));
        VolumeRenderResult raycast = new VolumeFaceRenderer(SMALL.withMethod(RenderMethod.RAYCAST)).apply(ct);
        assertEquals(List.of("threshold", "components", "body mask", "render"),
                List.copyOf(raycast.millisByStage().keySet()));
        assertTrue(raycast.timings().stream().allMatch(t -> t.millis() >= 0), raycast.timings().toString());
    }

    @Test
    void raycastIsAsRecordedBeforeItTookItsBodyFromStage3() {
        // depth and image digests recorded from the ray cast of commit 84f94b4, which thresholded and selected
        // the body itself; a refactoring that changes either render shows up here
        Map<Boolean, String> recorded = Map.of(
                false, "2aa73b06780b9529a688fa0bc23dea1ba4a39bdbfcc22a1a848571bb88cad3dc",
                true, "5e5e015eb45148f04a57643c0aa2dc052b84769a2aa4f42536e46898f5e3e5c7");
        for (boolean crop : recorded.keySet()) {
            FaceRender render = new VolumeFaceRenderer(SMALL.withMethod(RenderMethod.RAYCAST)
                    .withSurface(SMALL.surface().withCropToHead(crop).withThreads(2))).apply(ct).render();
            assertEquals(recorded.get(crop), digest(render), "crop to head " + crop);
        }
        SurfaceOptions meshCleanUp = SMALL.surface().withCropToHead(true).withThreads(2)
                .withOpeningClosingMm(2, 8).withFillHoles(false);
        FaceRender render = new VolumeFaceRenderer(SMALL.withMethod(RenderMethod.RAYCAST).withSurface(meshCleanUp))
                .apply(ct).render();
        assertEquals(recorded.get(true), digest(render), "opening, closing and hole filling are the mesh's");
    }

    @Test
    void nothingAboveTheThresholdIsAnErrorStatusWithTheReason() {
        VolumeRenderOptions above = SMALL.withSurface(SMALL.surface().withThreshold(new SkinThreshold.Fixed(5000)));
        for (RenderMethod method : RenderMethod.values()) {
            VolumeRenderResult r = new VolumeFaceRenderer(above.withMethod(method)).apply(ct);
            assertTrue(r.status().isError(), method + ": " + r.status());
            assertEquals("no voxel above the threshold", r.status().reason(), method.toString());
            assertNull(r.render(), method + ": nothing to render");
            assertEquals(5000, r.threshold().value());
            assertTrue(r.millisByStage().containsKey("threshold"), r.timings().toString());
        }
    }

    @Test
    void aVolumeWithoutFiniteValuesHasNoUsableThreshold() {
        float[] nan = new float[ct.voxels().length];
        Arrays.fill(nan, Float.NaN);
        Volume empty = ct.withVoxels(nan, ct.unit());
        for (RenderMethod method : RenderMethod.values()) {
            VolumeRenderResult r = new VolumeFaceRenderer(SMALL.withMethod(method)).apply(empty);
            assertTrue(r.status().isError(), method + ": " + r.status());
            assertTrue(r.status().reason().startsWith("no usable threshold"), method + ": " + r.status().reason());
            assertNull(r.render());
        }
    }

    /** SHA-256 of the raw bits of the depth map and the image bytes. */
    private static String digest(FaceRender render) {
        ByteBuffer b = ByteBuffer.allocate(4 * render.depthMm().length + render.image().length);
        for (float depth : render.depthMm()) {
            b.putInt(Float.floatToRawIntBits(depth));
        }
        b.put(render.image());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
