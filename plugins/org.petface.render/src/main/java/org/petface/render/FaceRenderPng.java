package org.petface.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PNG files of a render: the shaded 8-bit image, and the depth map as 16-bit values of 1/32 mm (0 where there is
 * no surface; depth mm = value / 32, so 1 mm to 2047 mm are representable), with that rule in the file's
 * Description.
 */
public final class FaceRenderPng {

    /** Depth map steps per mm. */
    public static final int DEPTH_STEPS_PER_MM = 32;

    private FaceRenderPng() {
    }

    public static byte[] image(FaceRender render) {
        return PngEncoder.grey8(render.image(), render.width(), render.height());
    }

    public static byte[] depth(FaceRender render) {
        float[] depth = render.depthMm();
        char[] values = new char[depth.length];
        for (int p = 0; p < depth.length; p++) {
            if (!Float.isNaN(depth[p])) {
                values[p] = (char) Math.max(1, Math.min(65535, Math.round(depth[p] * DEPTH_STEPS_PER_MM)));
            }
        }
        return PngEncoder.grey16(values, render.width(), render.height(),
                "petface depth map: depth mm = value / " + DEPTH_STEPS_PER_MM + "; 0 = no surface");
    }

    public static void writeImage(FaceRender render, Path file) throws IOException {
        Files.write(file, image(render));
    }

    public static void writeDepth(FaceRender render, Path file) throws IOException {
        Files.write(file, depth(render));
    }
}
