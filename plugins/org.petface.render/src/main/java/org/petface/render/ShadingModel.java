package org.petface.render;

/** How a surface point's grey level follows from its normal. */
public enum ShadingModel {
    /** As published: the normal's component toward the viewer (1 facing the camera, 0 edge-on). */
    NORMAL,
    /** Ambient plus diffuse (n . l) light. */
    LAMBERT,
    /** Lambert plus a specular highlight (r . v)^shininess. */
    PHONG
}
