package org.petface.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.petface.core.Volume;
import org.petface.surface.BodySegmenter;
import org.petface.surface.SkinBody;
import org.petface.surface.StepClock;
import org.petface.surface.SurfaceExtractor;
import org.petface.surface.SurfaceResult;
import org.petface.surface.SurfaceResult.StepTime;

/**
 * Stages 3 and 4 in one: the face render of a volume, with the wall time of each stage. The mesh path is stage 3's
 * {@link SurfaceExtractor} (threshold, the body without the bed, optionally cropped to the head, cavities filled,
 * smoothing) and the z-buffer render of its mesh; the ray-cast path takes the body from stage 3's
 * {@link BodySegmenter} (the same threshold, bed separation and head crop) and ray-casts the iso-surface within it,
 * without a mesh. A volume without a skin surface gives an error status, not an exception. Thread-safe: holds only
 * options.
 */
public final class VolumeFaceRenderer {

    /** The name of the rendering stage in {@link VolumeRenderResult#timings()}. */
    public static final String RENDER_STAGE = "render";

    private final VolumeRenderOptions options;
    private final SurfaceExtractor surfaces;
    private final BodySegmenter bodies;
    private final FaceRenderer renderer;

    public VolumeFaceRenderer(VolumeRenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.surfaces = new SurfaceExtractor(options.surface());
        // opening, closing and hole filling shape the mesh only: a ray stops at the first skin crossing, which
        // filled cavities do not move, and the ray cast has never opened or closed the body
        this.bodies = new BodySegmenter(options.surface().withOpeningClosingMm(0, 0).withFillHoles(false));
        this.renderer = new FaceRenderer(options.render());
    }

    public VolumeRenderOptions options() {
        return options;
    }

    public VolumeRenderResult apply(Volume volume) {
        return options.method() == RenderMethod.RAYCAST ? raycast(volume) : rasterise(volume);
    }

    private VolumeRenderResult rasterise(Volume volume) {
        SurfaceResult surface = surfaces.apply(volume);
        StepClock clock = new StepClock(surface.timings());
        if (surface.status().isError()) {
            return new VolumeRenderResult(surface.status(), null, surface, surface.threshold(), clock.times());
        }
        FaceRender render = renderer.apply(surface.mesh());
        clock.done(RENDER_STAGE);
        return new VolumeRenderResult(render.status(), render, surface, surface.threshold(), clock.times());
    }

    private VolumeRenderResult raycast(Volume volume) {
        SkinBody body = bodies.apply(volume);
        StepClock clock = new StepClock(raycastStages(body.timings()));
        if (body.status().isError()) {
            return new VolumeRenderResult(body.status(), null, null, body.threshold(), clock.times());
        }
        IsoSurface skin = IsoSurface.within(volume, body.threshold().value(), body.body());
        clock.done("body mask");
        FaceRender render = renderer.apply(skin);
        clock.done(RENDER_STAGE);
        return new VolumeRenderResult(render.status(), render, null, body.threshold(), clock.times());
    }

    /**
     * The body steps under the ray cast's coarser stage names, which reports and benchmarks compare across
     * versions: the mask counts to the threshold stage, the head crop to the components stage.
     */
    private static List<StepTime> raycastStages(List<StepTime> bodySteps) {
        List<StepTime> stages = new ArrayList<>();
        for (StepTime step : bodySteps) {
            String stage = switch (step.step()) {
                case BodySegmenter.MASK_STEP -> BodySegmenter.THRESHOLD_STEP;
                case BodySegmenter.CLEAN_UP_STEP -> BodySegmenter.COMPONENTS_STEP;
                default -> step.step();
            };
            int last = stages.size() - 1;
            if (last >= 0 && stages.get(last).step().equals(stage)) {
                stages.set(last, new StepTime(stage, stages.get(last).millis() + step.millis()));
            } else {
                stages.add(new StepTime(stage, step.millis()));
            }
        }
        return stages;
    }
}
