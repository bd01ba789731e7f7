package org.petface.core;

import java.util.Objects;

/**
 * A triangle mesh in patient space (LPS, mm): vertex coordinates x,y,z interleaved, triangles as three vertex
 * indices each, counter-clockwise seen from outside so that the right-hand normal points outward, and one unit
 * normal per vertex. Arrays are owned by the mesh; callers must not modify them.
 */
public final class Mesh {

    private final float[] vertices;
    private final int[] triangles;
    private final float[] normals;

    public Mesh(float[] vertices, int[] triangles, float[] normals) {
        this.vertices = Objects.requireNonNull(vertices, "vertices");
        this.triangles = Objects.requireNonNull(triangles, "triangles");
        this.normals = Objects.requireNonNull(normals, "normals");
        if (vertices.length % 3 != 0 || triangles.length % 3 != 0) {
            throw new IllegalArgumentException("vertex and triangle arrays must hold triples");
        }
        if (normals.length != vertices.length) {
            throw new IllegalArgumentException("one normal per vertex: " + normals.length / 3 + " normals for "
                    + vertices.length / 3 + " vertices");
        }
        int n = vertices.length / 3;
        for (int t : triangles) {
            if (t < 0 || t >= n) {
                throw new IllegalArgumentException("triangle refers to vertex " + t + " of " + n);
            }
        }
    }

    public int vertexCount() {
        return vertices.length / 3;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    /** x,y,z of every vertex, interleaved. Not copied: treat as read-only. */
    public float[] vertices() {
        return vertices;
    }

    /** Three vertex indices per triangle. Not copied: treat as read-only. */
    public int[] triangles() {
        return triangles;
    }

    /** One unit normal per vertex, interleaved like the vertices. Not copied: treat as read-only. */
    public float[] normals() {
        return normals;
    }

    /** The axis-aligned bounds: min x, y, z then max x, y, z (mm); all NaN for an empty mesh. */
    public double[] bounds() {
        double[] b = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        for (int i = 0; i < vertices.length; i += 3) {
            for (int a = 0; a < 3; a++) {
                double v = vertices[i + a];
                if (i == 0 || v < b[a]) {
                    b[a] = v;
                }
                if (i == 0 || v > b[a + 3]) {
                    b[a + 3] = v;
                }
            }
        }
        return b;
    }
}
