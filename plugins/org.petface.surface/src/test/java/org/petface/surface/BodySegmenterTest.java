package org.petface.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.phantom.PhantomGenerator;
import org.petface.surface.SkinThreshold.ChosenThreshold;
import org.petface.surface.SurfaceResult.StepTime;
import org.petface.surface.mask.RunMask;

/** Stage 3's first half on the phantom CT: the body the mesher gets, the crop, the clean-up and the errors. */
class BodySegmenterTest {

    private static final SurfaceOptions OPTIONS = SurfaceOptions.defaults().withThreads(2);

    private static Volume ct;

    @BeforeAll
    static void phantom() {
        ct = new PhantomGenerator(5, 0.5).generate(0, 1).ct();
    }

    @Test
    void theBodyIsWhatTheExtractorMeshes() {
        SkinBody found = new BodySegmenter(OPTIONS).apply(ct);
        assertTrue(found.status().isOk(), found.status().reason());
        assertNull(found.head(), "not cropped");
        assertEquals(List.of("threshold", "mask", "components", "clean-up"), steps(found));
        SurfaceResult surface = new SurfaceExtractor(OPTIONS).apply(ct);
        assertEquals(surface.componentVoxels(), found.body().voxelCount());
        assertEquals(surface.threshold(), found.threshold());
        assertEquals(found.notes(), surface.notes().subList(0, found.notes().size()));
    }

    @Test
    void holeFillingAddsExactlyTheCavitiesItNotes() {
        SkinBody filled = new BodySegmenter(OPTIONS).apply(ct);
        SkinBody open = new BodySegmenter(OPTIONS.withFillHoles(false)).apply(ct);
        long added = filled.body().voxelCount() - open.body().voxelCount();
        assertTrue(added > 0, "the phantom has airways");
        assertEquals("filled " + added + " voxels of internal cavities", filled.notes().get(2));
        assertEquals(2, open.notes().size(), open.notes().toString());
    }

    @Test
    void headCropKeepsOnlyTheHeadPlanes() {
        SkinBody head = new BodySegmenter(OPTIONS.withCropToHead(true)).apply(ct);
        HeadRegion region = head.head();
        long[] perPlane = head.body().countAlong(region.axis());
        assertTrue(region.cutLow() || region.cutHigh(), "the phantom has shoulders below the head");
        for (int plane = 0; plane < perPlane.length; plane++) {
            boolean kept = plane >= region.first() && plane <= region.last();
            assertEquals(kept, perPlane[plane] > 0, "plane " + plane + " of " + Arrays.toString(perPlane));
        }
    }

    @Test
    void aVolumeWithoutFiniteValuesHasNoBody() {
        float[] nan = new float[ct.voxels().length];
        Arrays.fill(nan, Float.NaN);
        SkinBody none = new BodySegmenter(OPTIONS).apply(ct.withVoxels(nan, ct.unit()));
        assertTrue(none.status().reason().startsWith("no usable threshold"), none.status().reason());
        assertNull(none.body());
        assertEquals(List.of("threshold"), steps(none));
    }

    @Test
    void aBodyIsRequiredUnlessTheStatusIsAnError() {
        ChosenThreshold t = new ChosenThreshold(1, "fixed: 1");
        assertThrows(IllegalArgumentException.class,
                () -> new SkinBody(t, null, null, Status.ok(), List.of(), List.of()));
        RunMask empty = RunMask.above(new float[8], 2, 2, 2, 1f, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new SkinBody(t, empty, null, Status.ok(), List.of(), List.of()));
    }

    @Test
    void theMesherRejectsABodyOfAnotherGrid() {
        SkinBody body = new BodySegmenter(OPTIONS).apply(ct);
        Volume larger = SurfaceExtractorTest.embed(ct, 2, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SkinMesher(OPTIONS).apply(larger, body));
        assertTrue(e.getMessage().startsWith("body mask is "), e.getMessage());
    }

    @Test
    void theMesherCarriesAnErrorBodyOver() {
        SkinBody none = new BodySegmenter(OPTIONS.withThreshold(new SkinThreshold.Fixed(5000))).apply(ct);
        SurfaceResult r = new SkinMesher(OPTIONS).apply(ct, none);
        assertEquals(none.status(), r.status());
        assertEquals(none.notes(), r.notes());
        assertEquals(none.timings(), r.timings());
        assertEquals(0, r.mesh().vertexCount());
    }

    private static List<String> steps(SkinBody body) {
        return body.timings().stream().map(StepTime::step).toList();
    }
}
