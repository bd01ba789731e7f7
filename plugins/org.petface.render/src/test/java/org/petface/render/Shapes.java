package org.petface.render;

import org.petface.core.Affine;
import org.petface.core.Mesh;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;

/** Analytic test surfaces: sphere and box meshes, and sampled signed-distance volumes of unions of spheres. */
final class Shapes {

    private Shapes() {
    }

    /** A UV sphere, counter-clockwise seen from outside, with exact normals. */
    static Mesh sphere(double cx, double cy, double cz, double r, int segments) {
        int rings = segments / 2;
        int columns = segments + 1;
        float[] v = new float[3 * (rings + 1) * columns];
        float[] n = new float[v.length];
        for (int i = 0; i <= rings; i++) {
            double theta = Math.PI * i / rings;
            for (int j = 0; j < columns; j++) {
                double phi = 2 * Math.PI * j / segments;
                int at = 3 * (i * columns + j);
                n[at] = (float) (Math.sin(theta) * Math.cos(phi));
                n[at + 1] = (float) (Math.sin(theta) * Math.sin(phi));
                n[at + 2] = (float) Math.cos(theta);
                v[at] = (float) (cx + r * n[at]);
                v[at + 1] = (float) (cy + r * n[at + 1]);
                v[at + 2] = (float) (cz + r * n[at + 2]);
            }
        }
        int[] t = new int[6 * rings * segments];
        int k = 0;
        for (int i = 0; i < rings; i++) {
            for (int j = 0; j < segments; j++) {
                int a = i * columns + j;
                int b = (i + 1) * columns + j;
                int c = (i + 1) * columns + j + 1;
                int d = i * columns + j + 1;
                t[k++] = a;
                t[k++] = b;
                t[k++] = c;
                t[k++] = a;
                t[k++] = c;
                t[k++] = d;
            }
        }
        return new Mesh(v, t, n);
    }

    /** An axis-aligned box from (x0, y0, z0) to (x1, y1, z1), flat faces with outward normals. */
    static Mesh box(double x0, double y0, double z0, double x1, double y1, double z1) {
        double[][] corner = new double[8][];
        for (int c = 0; c < 8; c++) {
            corner[c] = new double[] {(c & 1) == 0 ? x0 : x1, (c & 2) == 0 ? y0 : y1, (c & 4) == 0 ? z0 : z1};
        }
        // each face's corners counter-clockwise seen from outside, and its normal
        int[][] faces = {{0, 4, 6, 2}, {1, 3, 7, 5}, {0, 1, 5, 4}, {2, 6, 7, 3}, {0, 2, 3, 1}, {4, 5, 7, 6}};
        float[][] normals = {{-1, 0, 0}, {1, 0, 0}, {0, -1, 0}, {0, 1, 0}, {0, 0, -1}, {0, 0, 1}};
        float[] v = new float[6 * 4 * 3];
        float[] n = new float[v.length];
        int[] t = new int[6 * 6];
        for (int f = 0; f < 6; f++) {
            for (int q = 0; q < 4; q++) {
                for (int a = 0; a < 3; a++) {
                    v[3 * (4 * f + q) + a] = (float) corner[faces[f][q]][a];
                    n[3 * (4 * f + q) + a] = normals[f][a];
                }
            }
            int base = 4 * f;
            System.arraycopy(new int[] {base, base + 1, base + 2, base, base + 2, base + 3}, 0, t, 6 * f, 6);
        }
        return new Mesh(v, t, n);
    }

    /** Both meshes in one (overlapping parts are hidden by the z-buffer). */
    static Mesh union(Mesh a, Mesh b) {
        int na = a.vertices().length;
        float[] v = new float[na + b.vertices().length];
        float[] n = new float[v.length];
        System.arraycopy(a.vertices(), 0, v, 0, na);
        System.arraycopy(b.vertices(), 0, v, na, b.vertices().length);
        System.arraycopy(a.normals(), 0, n, 0, na);
        System.arraycopy(b.normals(), 0, n, na, b.normals().length);
        int[] t = new int[a.triangles().length + b.triangles().length];
        System.arraycopy(a.triangles(), 0, t, 0, a.triangles().length);
        for (int i = 0; i < b.triangles().length; i++) {
            t[a.triangles().length + i] = b.triangles()[i] + na / 3;
        }
        return new Mesh(v, t, n);
    }

    /**
     * The signed distance (positive inside) to a union of spheres {cx, cy, cz, r}, sampled on a grid of the given
     * spacing covering -half..half mm on every axis; its iso-surface at 0 is the spheres' surface.
     */
    static Volume spheresVolume(double half, double spacing, double[]... spheres) {
        int n = (int) Math.round(2 * half / spacing) + 1;
        float[] voxels = new float[n * n * n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double x = -half + i * spacing;
                    double y = -half + j * spacing;
                    double z = -half + k * spacing;
                    double best = Double.NEGATIVE_INFINITY;
                    for (double[] s : spheres) {
                        best = Math.max(best, s[3] - Math.sqrt(sq(x - s[0]) + sq(y - s[1]) + sq(z - s[2])));
                    }
                    voxels[i + n * (j + n * k)] = (float) best;
                }
            }
        }
        Affine affine = Affine.axisAligned(new double[] {-half, -half, -half}, spacing, spacing, spacing);
        return new Volume(new VoxelGrid(n, n, n, affine), voxels, VoxelUnit.UNITLESS, Modality.OTHER);
    }

    private static double sq(double v) {
        return v * v;
    }
}
