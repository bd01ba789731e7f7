package org.petface.matcher.shape;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.petface.core.Mesh;

/**
 * The anterior face region of a head mesh (LPS: the face looks to -y, superior is +z), thinned on a grid:
 * the nose tip is the most anterior vertex near the top of the mesh, and the region is the vertices around it
 * across the face and not deeper than the face. Thinning keeps the first vertex of each grid cell in vertex order,
 * so the result is deterministic.
 */
public final class FaceRegion {

    private FaceRegion() {
    }

    /** Face points and their unit normals, x,y,z interleaved; empty if the mesh has no vertices. */
    public record Points(double[] points, double[] normals) {

        public int count() {
            return points.length / 3;
        }
    }

    public static Points crop(Mesh mesh, ShapeMatchOptions options, double spacingMm) {
        float[] v = mesh.vertices();
        float[] normals = mesh.normals();
        int n = mesh.vertexCount();
        if (n == 0) {
            return new Points(new double[0], new double[0]);
        }
        double top = mesh.bounds()[5];
        int nose = -1;
        for (int i = 0; i < n; i++) {
            if (v[3 * i + 2] >= top - options.noseSearchBandMm() && (nose < 0 || v[3 * i + 1] < v[3 * nose + 1])) {
                nose = i;
            }
        }
        double nx = v[3 * nose];
        double ny = v[3 * nose + 1];
        double nz = v[3 * nose + 2];
        double radius2 = options.faceRadiusMm() * options.faceRadiusMm();
        Set<Long> occupied = new HashSet<>();
        double[] points = new double[3 * n];
        double[] pointNormals = new double[3 * n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            double x = v[3 * i];
            double y = v[3 * i + 1];
            double z = v[3 * i + 2];
            double dx = x - nx;
            double dz = z - nz;
            if (dx * dx + dz * dz > radius2 || y > ny + options.faceDepthMm()) {
                continue;
            }
            long cell = ((Math.round(Math.floor(x / spacingMm)) & 0x1FFFFF) << 42)
                    | ((Math.round(Math.floor(y / spacingMm)) & 0x1FFFFF) << 21)
                    | (Math.round(Math.floor(z / spacingMm)) & 0x1FFFFF);
            if (occupied.add(cell)) {
                points[3 * count] = x;
                points[3 * count + 1] = y;
                points[3 * count + 2] = z;
                System.arraycopy(toDouble(normals, 3 * i), 0, pointNormals, 3 * count, 3);
                count++;
            }
        }
        return new Points(Arrays.copyOf(points, 3 * count), Arrays.copyOf(pointNormals, 3 * count));
    }

    private static double[] toDouble(float[] values, int from) {
        return new double[] {values[from], values[from + 1], values[from + 2]};
    }
}
