package org.petface.render;

import java.util.Objects;
import org.petface.core.Status;

/**
 * A rendered face: a shaded 8-bit grey image, the depth (mm from the camera along its view direction) of every
 * pixel, the mask of pixels that show the surface, and the camera that maps pixels back to patient space.
 * Pixel (column c, row r) is element c + width * r of each array. Arrays are not copied: treat as read-only.
 *
 * @param status  OK, or why there is no usable face (e.g. no surface in view)
 * @param camera  the camera
 * @param image   grey levels 0..255 (unsigned bytes); 0 where the mask is false
 * @param depthMm depth per pixel; NaN where the mask is false
 * @param mask    true where a surface was hit
 */
public record FaceRender(Status status, Camera camera, byte[] image, float[] depthMm, boolean[] mask) {

    public FaceRender {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(camera, "camera");
        int n = camera.width() * camera.height();
        if (image.length != n || depthMm.length != n || mask.length != n) {
            throw new IllegalArgumentException("image, depth and mask must have " + n + " pixels");
        }
    }

    public int width() {
        return camera.width();
    }

    public int height() {
        return camera.height();
    }

    /** Grey level 0..255 of pixel (column, row). */
    public int grey(int column, int row) {
        return image[column + width() * row] & 0xff;
    }

    /** Depth (mm) of pixel (column, row); NaN where no surface was hit. */
    public float depth(int column, int row) {
        return depthMm[column + width() * row];
    }

    /** The number of pixels that show the surface. */
    public int surfacePixels() {
        int count = 0;
        for (boolean m : mask) {
            if (m) {
                count++;
            }
        }
        return count;
    }

    /** The patient-space point (LPS, mm) seen at the centre of pixel (column, row); null where nothing was hit. */
    public Vec3 surfacePoint(int column, int row) {
        float d = depth(column, row);
        return Float.isNaN(d) ? null : camera.unproject(column + 0.5, row + 0.5, d);
    }
}
