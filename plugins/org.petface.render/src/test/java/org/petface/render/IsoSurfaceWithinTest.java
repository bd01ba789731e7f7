package org.petface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.petface.core.Volume;
import org.petface.phantom.PhantomGenerator;
import org.petface.surface.mask.RunMask;

/** The cropped, clamped block of {@link IsoSurface#within} renders as the whole volume with a per-voxel mask. */
class IsoSurfaceWithinTest {

    @Test
    void bodyBlockRendersLikeTheMaskedWholeVolume() {
        Volume ct = new PhantomGenerator(7, 1).generate(3, 1).ct();
        IsoSurface masked = PhantomHeadRenderTest.body(ct);
        float[] flags = new float[masked.keep().length];
        for (int n = 0; n < flags.length; n++) {
            flags[n] = masked.keep()[n] ? 1 : 0;
        }
        var g = ct.grid();
        RunMask body = RunMask.above(flags, g.nx(), g.ny(), g.nz(), 0.5f, 2);
        IsoSurface block = IsoSurface.within(ct, masked.isoValue(), body);
        assertTrue(block.volume().voxels().length < ct.voxels().length, "the block is smaller than the volume");

        RenderOptions options = RenderOptions.defaults().withSize(128, 128);
        FaceRender whole = new FaceRenderer(options).apply(masked);
        FaceRender cropped = new FaceRenderer(options.withCamera(whole.camera())).apply(block);
        assertTrue(whole.surfacePixels() > 1000, "pixels " + whole.surfacePixels());
        assertEquals(whole.surfacePixels(), cropped.surfacePixels());
        float[] a = whole.depthMm();
        float[] b = cropped.depthMm();
        for (int p = 0; p < a.length; p++) {
            if (Float.isFinite(a[p])) {
                assertEquals(a[p], b[p], 1e-3, "depth at pixel " + p);
            }
        }
    }
}
