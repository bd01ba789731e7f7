package org.petface.render;

import java.util.Objects;

/**
 * Options of the face renderer.
 *
 * @param width              image columns
 * @param height             image rows
 * @param projection         orthographic (default: depth and pixel size are metric) or perspective
 * @param fieldOfViewDegrees vertical field of view of the perspective camera
 * @param yawDegrees         turns the camera about the superior axis; positive moves it toward the patient's left,
 *                           showing the left side of the face
 * @param pitchDegrees       positive raises the camera, looking down on the face; within (-89, 89)
 * @param marginFraction     free space around the framed head, as a fraction of its size per side
 * @param headHeightMm       how far below the top of the surface the head is taken to reach when framing
 * @param shading            how grey levels follow from normals
 * @param camera             a fixed camera to use instead of the automatic framing (then width, height,
 *                           projection, field of view, yaw, pitch and margin are the camera's); null to frame
 *                           automatically
 */
public record RenderOptions(int width, int height, Projection projection, double fieldOfViewDegrees,
                            double yawDegrees, double pitchDegrees, double marginFraction, double headHeightMm,
                            Shading shading, Camera camera) {

    public RenderOptions {
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(shading, "shading");
        if (width < 1 || height < 1 || width > Camera.MAX_SIDE || height > Camera.MAX_SIDE) {
            throw new IllegalArgumentException("image size must be 1.." + Camera.MAX_SIDE + " per side, got "
                    + width + "x" + height);
        }
        if (!(fieldOfViewDegrees > 0 && fieldOfViewDegrees < 180)) {
            throw new IllegalArgumentException("field of view must be in (0, 180) degrees, got " + fieldOfViewDegrees);
        }
        if (!Double.isFinite(yawDegrees) || !(pitchDegrees > -89 && pitchDegrees < 89)) {
            throw new IllegalArgumentException("yaw must be finite and pitch within (-89, 89) degrees");
        }
        if (!(marginFraction >= 0 && marginFraction < 1) || !(headHeightMm > 0)) {
            throw new IllegalArgumentException("margin must be in [0, 1) and head height > 0 mm");
        }
    }

    /** 512x512 orthographic frontal view of the head, 5% margin, published surface-normal shading. */
    public static RenderOptions defaults() {
        return new RenderOptions(512, 512, Projection.ORTHOGRAPHIC, 30, 0, 0, 0.05, 240, Shading.normal(), null);
    }

    public RenderOptions withSize(int newWidth, int newHeight) {
        return new RenderOptions(newWidth, newHeight, projection, fieldOfViewDegrees, yawDegrees, pitchDegrees,
                marginFraction, headHeightMm, shading, camera);
    }

    public RenderOptions withProjection(Projection newProjection) {
        return new RenderOptions(width, height, newProjection, fieldOfViewDegrees, yawDegrees, pitchDegrees,
                marginFraction, headHeightMm, shading, camera);
    }

    public RenderOptions withView(double newYawDegrees, double newPitchDegrees) {
        return new RenderOptions(width, height, projection, fieldOfViewDegrees, newYawDegrees, newPitchDegrees,
                marginFraction, headHeightMm, shading, camera);
    }

    public RenderOptions withShading(Shading newShading) {
        return new RenderOptions(width, height, projection, fieldOfViewDegrees, yawDegrees, pitchDegrees,
                marginFraction, headHeightMm, newShading, camera);
    }

    public RenderOptions withCamera(Camera fixedCamera) {
        return new RenderOptions(width, height, projection, fieldOfViewDegrees, yawDegrees, pitchDegrees,
                marginFraction, headHeightMm, shading, fixedCamera);
    }
}
