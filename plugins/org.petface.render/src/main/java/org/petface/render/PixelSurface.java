package org.petface.render;

/**
 * What each pixel of a camera sees, before shading: the depth (mm, NaN where nothing was hit) and the unit outward
 * surface normal in patient space (x, y, z interleaved). Both render paths produce one, so they shade alike.
 */
record PixelSurface(Camera camera, float[] depthMm, float[] normals) {

    static PixelSurface empty(Camera camera) {
        int n = camera.width() * camera.height();
        float[] depth = new float[n];
        java.util.Arrays.fill(depth, Float.NaN);
        return new PixelSurface(camera, depth, new float[3 * n]);
    }
}
