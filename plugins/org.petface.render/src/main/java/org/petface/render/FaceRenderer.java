package org.petface.render;

import java.util.Objects;
import org.petface.core.Mesh;
import org.petface.core.Status;

/**
 * Stage 4: renders the face of a surface. {@link #apply(Mesh)} rasterises a stage-3 mesh with a z-buffer;
 * {@link #apply(IsoSurface)} ray-casts the iso-surface straight from the volume without a mesh. Both frame the head
 * automatically (unless the options fix a camera) and shade alike, so they give the same image within a small
 * tolerance.
 */
public final class FaceRenderer {

    /** The view of an empty surface: a frontal camera at the origin seeing this many mm. */
    private static final double EMPTY_VIEW_MM = 256;

    private final RenderOptions options;

    public FaceRenderer(RenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public RenderOptions options() {
        return options;
    }

    /** Rasterises the mesh (LPS mm, outward-wound, closed). */
    public FaceRender apply(Mesh mesh) {
        Camera camera = options.camera() != null ? options.camera()
                : FaceFraming.frame(mesh.vertices(), mesh.vertexCount(), options);
        if (camera == null) {
            return nothingToRender("the mesh is empty");
        }
        return SurfaceShader.shade(MeshRasterizer.rasterize(mesh, camera), options.shading());
    }

    /** Ray-casts the iso-surface of the volume. */
    public FaceRender apply(IsoSurface surface) {
        BrickGrid bricks = BrickGrid.build(surface);
        Camera camera = options.camera();
        if (camera == null) {
            float[] points = IsoSurfaceRaycaster.surfacePoints(surface, bricks, options.headHeightMm());
            camera = FaceFraming.frame(points, points.length / 3, options);
        }
        if (camera == null) {
            return nothingToRender("no voxel reaches the iso value " + surface.isoValue());
        }
        return SurfaceShader.shade(IsoSurfaceRaycaster.raycast(surface, bricks, camera), options.shading());
    }

    private FaceRender nothingToRender(String reason) {
        Camera camera = FaceFraming.look(new Vec3(0, 0, 0), EMPTY_VIEW_MM, EMPTY_VIEW_MM, options);
        FaceRender empty = SurfaceShader.shade(PixelSurface.empty(camera), options.shading());
        return new FaceRender(Status.error("no surface in view: " + reason), camera, empty.image(), empty.depthMm(),
                empty.mask());
    }
}
