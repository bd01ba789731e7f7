package org.petface.render;

import java.util.Objects;
import org.petface.surface.SurfaceOptions;

/**
 * How {@link VolumeFaceRenderer} turns a volume into a face render.
 *
 * @param surface how the skin is found. Both paths use the threshold, the bed separation, the head crop (crop to
 *                head, head height) and the threads; only the mesh path uses opening, closing, hole filling,
 *                smoothing and decimation
 * @param render  image size, view and shading
 * @param method  {@link RenderMethod#MESH} (stage 3's mesh, z-buffer) or {@link RenderMethod#RAYCAST} (the
 *                iso-surface straight from the volume)
 */
public record VolumeRenderOptions(SurfaceOptions surface, RenderOptions render, RenderMethod method) {

    public VolumeRenderOptions {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(render, "render");
        Objects.requireNonNull(method, "method");
    }

    /** Stage 3's defaults cropped to the head, the default 512x512 frontal render, the mesh path. */
    public static VolumeRenderOptions defaults() {
        return new VolumeRenderOptions(SurfaceOptions.defaults().withCropToHead(true), RenderOptions.defaults(),
                RenderMethod.MESH);
    }

    public VolumeRenderOptions withSurface(SurfaceOptions newSurface) {
        return new VolumeRenderOptions(newSurface, render, method);
    }

    public VolumeRenderOptions withRender(RenderOptions newRender) {
        return new VolumeRenderOptions(surface, newRender, method);
    }

    public VolumeRenderOptions withMethod(RenderMethod newMethod) {
        return new VolumeRenderOptions(surface, render, newMethod);
    }
}
