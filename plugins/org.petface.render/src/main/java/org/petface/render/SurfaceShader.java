package org.petface.render;

import java.util.stream.IntStream;
import org.petface.core.Status;

/** Turns what the pixels see into a {@link FaceRender}: grey levels from the normals, the depth map and the mask. */
final class SurfaceShader {

    private SurfaceShader() {
    }

    static FaceRender shade(PixelSurface surface, Shading shading) {
        Camera camera = surface.camera();
        int w = camera.width();
        int h = camera.height();
        byte[] image = new byte[w * h];
        boolean[] mask = new boolean[w * h];
        float[] depth = surface.depthMm();
        float[] normals = surface.normals();
        Vec3 right = camera.right();
        Vec3 up = camera.up();
        Vec3 toViewer = camera.direction().times(-1);
        Vec3 l = shading.lightInView();
        Vec3 light = right.times(l.x()).plus(up.times(l.y())).plus(toViewer.times(l.z()));
        boolean perspective = camera.projection() == Projection.PERSPECTIVE;
        IntStream.range(0, h).parallel().forEach(row -> {
            for (int col = 0; col < w; col++) {
                int p = col + w * row;
                float d = depth[p];
                if (Float.isNaN(d)) {
                    continue;
                }
                double vx = toViewer.x();
                double vy = toViewer.y();
                double vz = toViewer.z();
                if (perspective) {
                    Vec3 v = camera.rayStep(col + 0.5, row + 0.5).normalized();
                    vx = -v.x();
                    vy = -v.y();
                    vz = -v.z();
                }
                double intensity = shading.intensity(normals[3 * p], normals[3 * p + 1], normals[3 * p + 2],
                        vx, vy, vz, light.x(), light.y(), light.z());
                image[p] = (byte) Math.round(255 * intensity);
                mask[p] = true;
            }
        });
        FaceRender render = new FaceRender(Status.ok(), camera, image, depth, mask);
        return render.surfacePixels() == 0
                ? new FaceRender(Status.error("no surface in view"), camera, image, depth, mask)
                : render;
    }
}
