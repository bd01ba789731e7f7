package org.petface.render;

/** How a camera maps patient space onto its image plane. */
public enum Projection {
    /** Parallel rays along the view direction; one pixel is a fixed size in mm at every depth. */
    ORTHOGRAPHIC,
    /** Rays through the camera position (pinhole); nearer parts appear larger. */
    PERSPECTIVE
}
