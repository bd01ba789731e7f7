package org.petface.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.petface.core.Affine;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.surface.HeadRegion;
import org.petface.surface.SkinThreshold;
import org.petface.surface.SkinThreshold.ChosenThreshold;
import org.petface.surface.SurfaceExtractor;
import org.petface.surface.SurfaceOptions;
import org.petface.surface.SurfaceResult;
import org.petface.surface.SurfaceResult.StepTime;
import org.petface.surface.mask.BodySelector;
import org.petface.surface.mask.RunMask;

/**
 * Stages 3 and 4 in one: the face render of a volume, with the wall time of each stage. The mesh path is stage 3's
 * {@link SurfaceExtractor} (threshold, the body without the bed, optionally cropped to the head, cavities filled,
 * smoothing) and the z-buffer render of its mesh; the ray-cast path thresholds and selects the body the same way,
 * crops it to the head likewise and ray-casts the iso-surface within it, without a mesh. A volume without a skin
 * surface gives an error status, not an exception. Thread-safe: holds only options.
 */
public final class VolumeFaceRenderer {

    /** The name of the rendering stage in {@link VolumeRenderResult#timings()}. */
    public static final String RENDER_STAGE = "render";

    private final VolumeRenderOptions options;
    private final SurfaceExtractor surfaces;
    private final FaceRenderer renderer;

    public VolumeFaceRenderer(VolumeRenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.surfaces = new SurfaceExtractor(options.surface());
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
        Laps laps = new Laps(surface.timings());
        if (surface.status().isError()) {
            return new VolumeRenderResult(surface.status(), null, surface, surface.threshold(), laps.times);
        }
        FaceRender render = renderer.apply(surface.mesh());
        laps.done(RENDER_STAGE);
        return new VolumeRenderResult(render.status(), render, surface, surface.threshold(), laps.times);
    }

    private VolumeRenderResult raycast(Volume volume) {
        Laps laps = new Laps(List.of());
        SurfaceOptions surface = options.surface();
        int threads = surface.threads();
        SkinThreshold choice = surface.threshold() != null ? surface.threshold()
                : SkinThreshold.publishedDefault(volume);
        ChosenThreshold threshold = choice.choose(volume, threads);
        if (!Double.isFinite(threshold.value())) {
            laps.done("threshold");
            return failure("no usable threshold (" + threshold.description() + ")", threshold, laps);
        }
        VoxelGrid g = volume.grid();
        RunMask above = RunMask.above(volume.voxels(), g.nx(), g.ny(), g.nz(), (float) threshold.value(), threads);
        laps.done("threshold");
        if (above.isEmpty()) {
            return failure("no voxel above the threshold", threshold, laps);
        }
        Affine affine = volume.affine();
        double[] spacing = g.spacing();
        int[] radius = new int[3];
        for (int a = 0; a < 3; a++) {
            radius[a] = (int) Math.round(surface.bedSeparationMm() / (2 * spacing[a]));
        }
        RunMask body = BodySelector.select(above, radius, spacing, HeadRegion.closestAxis(affine, 1),
                HeadRegion.closestAxis(affine, 0)).body();
        if (surface.cropToHead()) {
            HeadRegion head = HeadRegion.of(body, affine, surface.headHeightMm());
            body = body.clip(head.axis(), head.first(), head.last());
        }
        laps.done("components");
        IsoSurface skin = IsoSurface.within(volume, threshold.value(), body);
        laps.done("body mask");
        FaceRender render = renderer.apply(skin);
        laps.done(RENDER_STAGE);
        return new VolumeRenderResult(render.status(), render, null, threshold, laps.times);
    }

    private static VolumeRenderResult failure(String reason, ChosenThreshold threshold, Laps laps) {
        return new VolumeRenderResult(Status.error(reason), null, null, threshold, laps.times);
    }

    /** Wall time per stage, measured between calls to done(), after the given earlier stages. */
    private static final class Laps {
        private final List<StepTime> times;
        private long last = System.nanoTime();

        Laps(List<StepTime> earlier) {
            times = new ArrayList<>(earlier);
        }

        void done(String stage) {
            long now = System.nanoTime();
            times.add(new StepTime(stage, (now - last) / 1e6));
            last = now;
        }
    }
}
