package org.petface.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.petface.core.Affine;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderer;
import org.petface.render.IsoSurface;
import org.petface.render.RenderMethod;
import org.petface.surface.HeadRegion;
import org.petface.surface.SkinThreshold;
import org.petface.surface.SurfaceExtractor;
import org.petface.surface.SurfaceOptions;
import org.petface.surface.SurfaceResult;
import org.petface.surface.mask.BodySelector;
import org.petface.surface.mask.RunMask;
import org.petface.surface.mesh.MeshSmoothing;

/**
 * Volume to face render, stage by stage with wall times. The mesh path is stage 3's {@link SurfaceExtractor} (the
 * published threshold, the body without the bed, cropped to the head, cavities filled, Taubin smoothing) and the
 * z-buffer render; the ray-cast path thresholds and selects the body the same way, crops it to the head and ray-casts
 * the iso-surface within it. Shared by {@code petface render} and the face benchmark.
 */
final class FaceStages {

    private final SurfaceOptions surfaceOptions;
    private final FaceRenderer renderer;
    private final Map<String, Double> millis = new LinkedHashMap<>();

    /**
     * @param threshold           null for the published choice (Otsu for CT, 95th percentile else)
     * @param smoothingIterations Taubin iterations of the mesh
     */
    FaceStages(SkinThreshold threshold, int smoothingIterations, FaceRenderer renderer, int threads) {
        this.surfaceOptions = SurfaceOptions.defaults().withThreshold(threshold).withCropToHead(true)
                .withSmoothing(smoothingIterations > 0 ? MeshSmoothing.taubin(smoothingIterations) : MeshSmoothing.none())
                .withThreads(threads);
        this.renderer = renderer;
    }

    /** Wall time (ms) of each stage of the last {@link #render} call, in order. */
    Map<String, Double> millis() {
        return millis;
    }

    FaceRender render(Volume volume, RenderMethod method) {
        millis.clear();
        return method == RenderMethod.RAYCAST ? raycast(volume) : rasterise(volume);
    }

    private FaceRender rasterise(Volume volume) {
        SurfaceResult surface = new SurfaceExtractor(surfaceOptions).apply(volume);
        for (SurfaceResult.StepTime step : surface.timings()) {
            millis.merge(step.step(), step.millis(), Double::sum);
        }
        if (surface.status().isError()) {
            throw new IllegalArgumentException("no skin surface: " + surface.status().reason());
        }
        long t = System.nanoTime();
        FaceRender render = renderer.apply(surface.mesh());
        lap("render", t);
        return render;
    }

    private FaceRender raycast(Volume volume) {
        long t = System.nanoTime();
        int threads = surfaceOptions.threads();
        SkinThreshold chosen = surfaceOptions.threshold() != null ? surfaceOptions.threshold()
                : SkinThreshold.publishedDefault(volume);
        double iso = chosen.choose(volume, threads).value();
        if (!Double.isFinite(iso)) {
            throw new IllegalArgumentException("no usable skin threshold");
        }
        VoxelGrid g = volume.grid();
        RunMask above = RunMask.above(volume.voxels(), g.nx(), g.ny(), g.nz(), (float) iso, threads);
        t = lap("threshold", t);
        if (above.isEmpty()) {
            throw new IllegalArgumentException("no voxel is above the skin threshold " + iso);
        }
        Affine affine = volume.affine();
        double[] spacing = g.spacing();
        int[] radius = new int[3];
        for (int a = 0; a < 3; a++) {
            radius[a] = (int) Math.round(surfaceOptions.bedSeparationMm() / (2 * spacing[a]));
        }
        RunMask body = BodySelector.select(above, radius, spacing, HeadRegion.closestAxis(affine, 1),
                HeadRegion.closestAxis(affine, 0)).body();
        HeadRegion head = HeadRegion.of(body, affine, surfaceOptions.headHeightMm());
        body = body.clip(head.axis(), head.first(), head.last());
        t = lap("components", t);
        IsoSurface surface = IsoSurface.within(volume, iso, body);
        t = lap("body mask", t);
        FaceRender render = renderer.apply(surface);
        lap("render", t);
        return render;
    }

    private long lap(String stage, long since) {
        long now = System.nanoTime();
        millis.merge(stage, (now - since) / 1e6, Double::sum);
        return now;
    }
}
