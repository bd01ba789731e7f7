package org.petface.render;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.petface.core.Mesh;
import org.petface.surface.mesh.VertexNormals;

/**
 * Z-buffer rasteriser. Vertices are projected once and snapped to 1/256 pixel so that edge functions are exact
 * integers (no cracks between neighbouring triangles); back faces are culled (the mesh is closed and wound
 * outward). Triangles are split into fixed ranges, each range drawn into its own depth/triangle-id buffer in
 * parallel, and the buffers merged keeping the nearest hit, ties to the lower triangle index, so the result does
 * not depend on the number of threads. A second pass interpolates the vertex normals perspective-correctly at
 * each pixel centre of the winning triangle.
 */
final class MeshRasterizer {

    private static final int SUBPIXEL_BITS = 8;
    private static final int ONE = 1 << SUBPIXEL_BITS;
    private static final int HALF = ONE / 2;
    /** Projected coordinates are clamped to this many pixels so fixed-point products fit in a long. */
    private static final double MAX_PIXEL_COORDINATE = 1 << 20;
    /** Triangles closer than this (mm) to a perspective camera, or behind it, are not drawn. */
    private static final float NEAR_MM = 1;

    private final Mesh mesh;
    private final Camera camera;
    private final int width;
    private final int height;
    private final boolean perspective;
    private int[] fx;
    private int[] fy;
    private float[] z;

    private MeshRasterizer(Mesh mesh, Camera camera) {
        this.mesh = mesh;
        this.camera = camera;
        this.width = camera.width();
        this.height = camera.height();
        this.perspective = camera.projection() == Projection.PERSPECTIVE;
    }

    static PixelSurface rasterize(Mesh mesh, Camera camera) {
        return new MeshRasterizer(mesh, camera).run();
    }

    private PixelSurface run() {
        project();
        int triangles = mesh.triangleCount();
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), triangles / 4096 + 1));
        ZBuffer[] buffers = IntStream.range(0, parts).parallel()
                .mapToObj(part -> draw((int) ((long) triangles * part / parts), (int) ((long) triangles * (part + 1) / parts)))
                .toArray(ZBuffer[]::new);
        ZBuffer merged = merge(buffers);
        return resolve(merged);
    }

    private void project() {
        int n = mesh.vertexCount();
        float[] v = mesh.vertices();
        fx = new int[n];
        fy = new int[n];
        z = new float[n];
        Vec3 r = camera.right();
        Vec3 u = camera.up();
        Vec3 d = camera.direction();
        Vec3 o = camera.position();
        double f = perspective ? camera.focalLengthPixels() : 1 / camera.mmPerPixel();
        double cx = width / 2.0;
        double cy = height / 2.0;
        int chunk = 1 << 14;
        IntStream.range(0, (n + chunk - 1) / chunk).parallel().forEach(c -> {
            for (int i = c * chunk, end = Math.min(n, i + chunk); i < end; i++) {
                double px = v[3 * i] - o.x();
                double py = v[3 * i + 1] - o.y();
                double pz = v[3 * i + 2] - o.z();
                double depth = px * d.x() + py * d.y() + pz * d.z();
                double scale = perspective ? f / Math.max(depth, NEAR_MM) : f;
                double x = cx + (px * r.x() + py * r.y() + pz * r.z()) * scale;
                double y = cy - (px * u.x() + py * u.y() + pz * u.z()) * scale;
                fx[i] = (int) Math.round(clamp(x) * ONE);
                fy[i] = (int) Math.round(clamp(y) * ONE);
                z[i] = (float) depth;
            }
        });
    }

    private static double clamp(double pixel) {
        return Math.max(-MAX_PIXEL_COORDINATE, Math.min(MAX_PIXEL_COORDINATE, pixel));
    }

    /** One thread's depth buffer and the triangle drawn at each pixel (-1: none). */
    private record ZBuffer(float[] depth, int[] triangle) {
    }

    private ZBuffer draw(int first, int end) {
        float[] depth = new float[width * height];
        int[] id = new int[width * height];
        Arrays.fill(depth, Float.POSITIVE_INFINITY);
        Arrays.fill(id, -1);
        int[] tri = mesh.triangles();
        for (int t = first; t < end; t++) {
            int a = tri[3 * t];
            int b = tri[3 * t + 1];
            int c = tri[3 * t + 2];
            if (perspective && (z[a] < NEAR_MM || z[b] < NEAR_MM || z[c] < NEAR_MM)) {
                continue;
            }
            long x0 = fx[a];
            long y0 = fy[a];
            long x1 = fx[b];
            long y1 = fy[b];
            long x2 = fx[c];
            long y2 = fy[c];
            long area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
            // Facing the viewer means counter-clockwise with the image's y up, so clockwise (area < 0) here.
            if (area >= 0) {
                continue;
            }
            // swap b and c: counter-clockwise in image coordinates, positive area and edge functions inside
            long tx = x1;
            long ty = y1;
            x1 = x2;
            y1 = y2;
            x2 = tx;
            y2 = ty;
            float z0 = z[a];
            float z1 = z[c];
            float z2 = z[b];
            area = -area;
            int cMin = (int) Math.max(0, -Math.floorDiv(HALF - Math.min(x0, Math.min(x1, x2)), ONE));
            int cMax = (int) Math.min(width - 1, Math.floorDiv(Math.max(x0, Math.max(x1, x2)) - HALF, ONE));
            int rMin = (int) Math.max(0, -Math.floorDiv(HALF - Math.min(y0, Math.min(y1, y2)), ONE));
            int rMax = (int) Math.min(height - 1, Math.floorDiv(Math.max(y0, Math.max(y1, y2)) - HALF, ONE));
            if (cMin > cMax || rMin > rMax) {
                continue;
            }
            long px = (long) cMin * ONE + HALF;
            long py = (long) rMin * ONE + HALF;
            // edge functions at the first pixel centre and their steps per column and per row
            long e12 = (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1);
            long e20 = (x0 - x2) * (py - y2) - (y0 - y2) * (px - x2);
            long e01 = (x1 - x0) * (py - y0) - (y1 - y0) * (px - x0);
            long c12 = -(y2 - y1) * ONE;
            long c20 = -(y0 - y2) * ONE;
            long c01 = -(y1 - y0) * ONE;
            long r12 = (x2 - x1) * ONE;
            long r20 = (x0 - x2) * ONE;
            long r01 = (x1 - x0) * ONE;
            double inverseArea = 1.0 / area;
            for (int row = rMin; row <= rMax; row++) {
                long w0 = e12;
                long w1 = e20;
                long w2 = e01;
                int p = row * width + cMin;
                for (int col = cMin; col <= cMax; col++, p++, w0 += c12, w1 += c20, w2 += c01) {
                    if ((w0 | w1 | w2) < 0) {
                        continue;
                    }
                    float d = perspective
                            ? (float) (area / ((double) w0 / z0 + (double) w1 / z1 + (double) w2 / z2))
                            : (float) ((w0 * (double) z0 + w1 * (double) z1 + w2 * (double) z2) * inverseArea);
                    if (d < depth[p]) {
                        depth[p] = d;
                        id[p] = t;
                    }
                }
                e12 += r12;
                e20 += r20;
                e01 += r01;
            }
        }
        return new ZBuffer(depth, id);
    }

    private ZBuffer merge(ZBuffer[] buffers) {
        ZBuffer result = buffers[0];
        float[] depth = result.depth();
        int[] id = result.triangle();
        for (int b = 1; b < buffers.length; b++) {
            float[] d = buffers[b].depth();
            int[] t = buffers[b].triangle();
            IntStream.range(0, height).parallel().forEach(row -> {
                for (int p = row * width, end = p + width; p < end; p++) {
                    if (t[p] >= 0 && (d[p] < depth[p] || (d[p] == depth[p] && t[p] < id[p]))) {
                        depth[p] = d[p];
                        id[p] = t[p];
                    }
                }
            });
        }
        return result;
    }

    private PixelSurface resolve(ZBuffer buffer) {
        PixelSurface out = PixelSurface.empty(camera);
        float[] depth = out.depthMm();
        float[] normals = out.normals();
        int[] tri = mesh.triangles();
        float[] n = mesh.normals();
        float[] v = mesh.vertices();
        IntStream.range(0, height).parallel().forEach(row -> {
            long py = (long) row * ONE + HALF;
            for (int col = 0; col < width; col++) {
                int p = row * width + col;
                int t = buffer.triangle()[p];
                if (t < 0) {
                    continue;
                }
                long px = (long) col * ONE + HALF;
                int a = tri[3 * t];
                int b = tri[3 * t + 1];
                int c = tri[3 * t + 2];
                // barycentric weights at the pixel centre (signed areas; the sign cancels)
                double w0 = (double) (fx[c] - fx[b]) * (py - fy[b]) - (double) (fy[c] - fy[b]) * (px - fx[b]);
                double w1 = (double) (fx[a] - fx[c]) * (py - fy[c]) - (double) (fy[a] - fy[c]) * (px - fx[c]);
                double w2 = (double) (fx[b] - fx[a]) * (py - fy[a]) - (double) (fy[b] - fy[a]) * (px - fx[a]);
                if (perspective) {
                    w0 /= z[a];
                    w1 /= z[b];
                    w2 /= z[c];
                }
                double sum = w0 + w1 + w2;
                w0 /= sum;
                w1 /= sum;
                w2 /= sum;
                double nx = w0 * n[3 * a] + w1 * n[3 * b] + w2 * n[3 * c];
                double ny = w0 * n[3 * a + 1] + w1 * n[3 * b + 1] + w2 * n[3 * c + 1];
                double nz = w0 * n[3 * a + 2] + w1 * n[3 * b + 2] + w2 * n[3 * c + 2];
                double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
                if (!(len > 1e-12)) {
                    // vertex normals cancel (a fold): the triangle's own normal; rare, so the scratch array is fine
                    double[] face = new double[3];
                    VertexNormals.faceNormal(v, 3 * a, 3 * b, 3 * c, face);
                    nx = face[0];
                    ny = face[1];
                    nz = face[2];
                    len = Math.sqrt(nx * nx + ny * ny + nz * nz);
                    if (!(len > 0)) {
                        len = 1;
                    }
                }
                normals[3 * p] = (float) (nx / len);
                normals[3 * p + 1] = (float) (ny / len);
                normals[3 * p + 2] = (float) (nz / len);
                depth[p] = buffer.depth()[p];
            }
        });
        return out;
    }
}
