package org.petface.surface.mesh;

import org.petface.surface.arrays.FloatArrayList;
import org.petface.surface.arrays.IntArrayList;
import org.petface.volume.ops.ParallelRange;

/**
 * The iso-surface {@code value = iso} of a scalar field on a regular grid, inside where value > iso. Vertices lie
 * on grid edges (one per edge, shared by the four cubes around it), placed by linear interpolation; ambiguous
 * faces are resolved by the asymptotic decider (Nielson and Hamann 1991), which both cubes of a face evaluate
 * alike, so the surface is closed wherever the inside does not touch the grid border. Works in parallel on slabs
 * of slices; slabs build their vertices in a fixed order, so the result does not depend on the thread count.
 */
public final class MarchingCubes {

    /** Interpolated vertices stay this far (in edge lengths) from the corners, so no two vertices coincide. */
    private static final float EDGE_MARGIN = 1e-3f;
    private static final int[] EDGE_AXIS = new int[12];
    private static final int[] EDGE_DX = new int[12];
    private static final int[] EDGE_DY = new int[12];
    private static final int[] EDGE_DZ = new int[12];

    static {
        for (int e = 0; e < 12; e++) {
            int c = CubeCases.EDGE_CORNERS[e][0];
            EDGE_AXIS[e] = e / 4;
            EDGE_DX[e] = c & 1;
            EDGE_DY[e] = c >> 1 & 1;
            EDGE_DZ[e] = c >> 2 & 1;
        }
    }

    /** Vertices in voxel coordinates (i, j, k interleaved) and triangles (three vertex indices each). */
    public record Surface(float[] vertices, int[] triangles) {
        public int vertexCount() {
            return vertices.length / 3;
        }

        public int triangleCount() {
            return triangles.length / 3;
        }
    }

    private MarchingCubes() {
    }

    public static Surface extract(float[] field, int nx, int ny, int nz, float iso, int threads) {
        if ((long) nx * ny * nz != field.length) {
            throw new IllegalArgumentException("field does not fill " + nx + "x" + ny + "x" + nz);
        }
        if (nx < 2 || ny < 2 || nz < 2) {
            return new Surface(new float[0], new int[0]);
        }
        int layers = nz - 1;
        int slabs = Math.max(1, Math.min(layers, threads * 4));
        Slab[] parts = new Slab[slabs];
        ParallelRange.forEach(slabs, threads, s -> {
            int k0 = (int) ((long) layers * s / slabs);
            int k1 = (int) ((long) layers * (s + 1) / slabs);
            Slab slab = new Slab(field, nx, ny, iso);
            slab.run(k0, k1);
            parts[s] = slab;
        });
        return merge(parts);
    }

    /** Joins the slabs; each slab's first plane repeats the previous slab's last plane, vertex for vertex. */
    private static Surface merge(Slab[] parts) {
        int vertices = 0;
        int triangles = 0;
        for (int s = 0; s < parts.length; s++) {
            vertices += parts[s].vertices.size() / 3 - (s > 0 ? parts[s].firstPlaneVertices : 0);
            triangles += parts[s].triangles.size();
        }
        float[] v = new float[3 * vertices];
        int[] t = new int[triangles];
        int vBase = 0;
        int tAt = 0;
        int previousLastPlane = 0;
        for (int s = 0; s < parts.length; s++) {
            Slab p = parts[s];
            int shared = s > 0 ? p.firstPlaneVertices : 0;
            int own = p.vertices.size() / 3 - shared;
            System.arraycopy(p.vertices.raw(), 3 * shared, v, 3 * vBase, 3 * own);
            int[] raw = p.triangles.raw();
            for (int n = 0; n < p.triangles.size(); n++) {
                int id = raw[n];
                t[tAt++] = id < shared ? previousLastPlane + id : vBase + id - shared;
            }
            previousLastPlane = vBase + p.lastPlaneStart - shared;
            vBase += own;
        }
        return new Surface(v, t);
    }

    private static final class Slab {
        private final float[] f;
        private final int nx;
        private final int ny;
        private final int nxy;
        private final float iso;
        private final int[][] xEdge;
        private final int[][] yEdge;
        private final int[] zEdge;
        private final FloatArrayList vertices = new FloatArrayList(1 << 12);
        private final IntArrayList triangles = new IntArrayList(1 << 13);
        private final float[] corner = new float[8];
        private final int[] centre = new int[2];
        private int firstPlaneVertices;
        private int lastPlaneStart;

        Slab(float[] f, int nx, int ny, float iso) {
            this.f = f;
            this.nx = nx;
            this.ny = ny;
            this.nxy = nx * ny;
            this.iso = iso;
            this.xEdge = new int[2][nxy];
            this.yEdge = new int[2][nxy];
            this.zEdge = new int[nxy];
        }

        void run(int k0, int k1) {
            planeVertices(k0);
            firstPlaneVertices = vertices.size() / 3;
            for (int k = k0; k < k1; k++) {
                zVertices(k);
                lastPlaneStart = vertices.size() / 3;
                planeVertices(k + 1);
                cubes(k);
            }
        }

        private void planeVertices(int k) {
            int[] xs = xEdge[k & 1];
            int[] ys = yEdge[k & 1];
            int base = k * nxy;
            for (int j = 0; j < ny; j++) {
                int row = base + j * nx;
                for (int i = 0; i < nx; i++) {
                    float a = f[row + i];
                    boolean in = a > iso;
                    if (i + 1 < nx && (f[row + i + 1] > iso) != in) {
                        xs[j * nx + i] = vertex(i + fraction(a, f[row + i + 1]), j, k);
                    }
                    if (j + 1 < ny && (f[row + nx + i] > iso) != in) {
                        ys[j * nx + i] = vertex(i, j + fraction(a, f[row + nx + i]), k);
                    }
                }
            }
        }

        private void zVertices(int k) {
            int base = k * nxy;
            for (int n = 0; n < nxy; n++) {
                float a = f[base + n];
                float b = f[base + nxy + n];
                if ((a > iso) != (b > iso)) {
                    zEdge[n] = vertex(n % nx, n / nx, k + fraction(a, b));
                }
            }
        }

        private float fraction(float a, float b) {
            float t = (iso - a) / (b - a);
            return Math.max(EDGE_MARGIN, Math.min(1 - EDGE_MARGIN, t));
        }

        private int vertex(float x, float y, float z) {
            vertices.add(x, y, z);
            return vertices.size() / 3 - 1;
        }

        private void cubes(int k) {
            int lower = k & 1;
            int upper = lower ^ 1;
            int b0 = k * nxy;
            int b1 = b0 + nxy;
            for (int j = 0; j + 1 < ny; j++) {
                int r00 = b0 + j * nx;
                int r10 = r00 + nx;
                int r01 = b1 + j * nx;
                int r11 = r01 + nx;
                for (int i = 0; i + 1 < nx; i++) {
                    int config = (f[r00 + i] > iso ? 1 : 0) | (f[r00 + i + 1] > iso ? 2 : 0)
                            | (f[r10 + i] > iso ? 4 : 0) | (f[r10 + i + 1] > iso ? 8 : 0)
                            | (f[r01 + i] > iso ? 16 : 0) | (f[r01 + i + 1] > iso ? 32 : 0)
                            | (f[r11 + i] > iso ? 64 : 0) | (f[r11 + i + 1] > iso ? 128 : 0);
                    if (config == 0 || config == 255) {
                        continue;
                    }
                    int faceBits = 0;
                    int ambiguous = CubeCases.ambiguous(config);
                    if (ambiguous != 0) {
                        corner[0] = f[r00 + i] - iso;
                        corner[1] = f[r00 + i + 1] - iso;
                        corner[2] = f[r10 + i] - iso;
                        corner[3] = f[r10 + i + 1] - iso;
                        corner[4] = f[r01 + i] - iso;
                        corner[5] = f[r01 + i + 1] - iso;
                        corner[6] = f[r11 + i] - iso;
                        corner[7] = f[r11 + i + 1] - iso;
                        faceBits = insidesConnected(ambiguous);
                    }
                    int caseIndex = config * 64 + faceBits;
                    int centreEnd = CubeCases.centreStart(caseIndex + 1);
                    for (int at = CubeCases.centreStart(caseIndex), c = 0; at < centreEnd; c++) {
                        int len = CubeCases.centreData(at++);
                        centre[c] = centreVertex(at, len, i, j, lower, upper);
                        at += len;
                    }
                    int end = CubeCases.start(caseIndex + 1);
                    for (int at = CubeCases.start(caseIndex); at < end; at++) {
                        int e = CubeCases.edge(at);
                        triangles.add(e >= CubeCases.CENTRE ? centre[e - CubeCases.CENTRE]
                                : edgeVertex(e, i, j, lower, upper));
                    }
                }
            }
        }

        /** A new vertex at the mean of a loop's edge vertices. */
        private int centreVertex(int at, int len, int i, int j, int lower, int upper) {
            float x = 0;
            float y = 0;
            float z = 0;
            float[] v = vertices.raw();
            for (int n = 0; n < len; n++) {
                int id = edgeVertex(CubeCases.centreData(at + n), i, j, lower, upper);
                x += v[3 * id];
                y += v[3 * id + 1];
                z += v[3 * id + 2];
            }
            return vertex(x / len, y / len, z / len);
        }

        private int edgeVertex(int e, int i, int j, int lower, int upper) {
            int plane = EDGE_DZ[e] == 0 ? lower : upper;
            int cell = (j + EDGE_DY[e]) * nx + i + EDGE_DX[e];
            return switch (EDGE_AXIS[e]) {
                case 0 -> xEdge[plane][cell];
                case 1 -> yEdge[plane][cell];
                default -> zEdge[cell];
            };
        }

        /** Asymptotic decider: the inside corners of a face connect when the bilinear saddle is inside. */
        private int insidesConnected(int ambiguous) {
            int bits = 0;
            for (int face = 0; face < 6; face++) {
                if ((ambiguous >> face & 1) == 0) {
                    continue;
                }
                int[] p = CubeCases.FACE_CORNERS[face];
                double a = corner[p[0]];
                double b = corner[p[1]];
                double c = corner[p[2]];
                double d = corner[p[3]];
                double num = a * c - b * d;
                double den = a + c - b - d;
                if (num != 0 && (num > 0) == (den > 0)) {
                    bits |= 1 << face;
                }
            }
            return bits;
        }
    }
}
