package org.petface.render;

/** Which path turns a volume into a face render. */
public enum RenderMethod {
    /** Extract a mesh (stage 3) and rasterise it with a z-buffer. */
    MESH,
    /** Ray-cast the iso-surface straight from the volume, without a mesh. */
    RAYCAST
}
