package org.petface.surface.io;

import java.nio.file.Path;
import java.util.Locale;

/** Mesh file formats, chosen by file extension. */
public enum MeshFormat {
    /** Binary little-endian PLY with float vertices and normals and int triangle lists. */
    PLY,
    /** Binary STL: one facet normal per triangle, vertices repeated per triangle. */
    STL,
    /** Wavefront OBJ text with vertex normals. */
    OBJ;

    public static MeshFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (MeshFormat f : values()) {
            if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException(file + ": unknown mesh format (use .ply, .stl or .obj)");
    }
}
