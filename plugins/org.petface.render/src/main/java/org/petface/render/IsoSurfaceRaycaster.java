package org.petface.render;

import java.util.stream.IntStream;
import org.petface.core.Affine;

/**
 * Ray-casts an iso-surface straight from the volume. Each ray is taken into voxel coordinates, clipped to the
 * bricks that may hold inside voxels, and walked brick by brick (3-D DDA) skipping bricks whose maximum is below
 * the iso value; in the other bricks it walks cell by cell, and in a cell that reaches the iso value it finds the
 * first root of the trilinear interpolant along the ray (a cubic in the depth: split at its extrema, then
 * bisection), so the surface is the one marching cubes approximates. Normals are the trilinearly interpolated
 * central-difference gradients, turned to patient space.
 */
final class IsoSurfaceRaycaster {

    /** Rays of a perspective camera start this far (mm) in front of it. */
    private static final double NEAR_MM = 1;
    private static final int BISECTIONS = 30;

    private final IsoSurface surface;
    private final BrickGrid bricks;
    private final float[] voxels;
    private final boolean masked;
    private final int nx;
    private final int ny;
    private final int nz;
    private final double iso;
    /** Patient to voxel coordinates, row-major 3x4. */
    private final double[] toVoxel;

    private IsoSurfaceRaycaster(IsoSurface surface, BrickGrid bricks) {
        this.surface = surface;
        this.bricks = bricks;
        this.voxels = surface.volume().voxels();
        this.masked = surface.keep() != null;
        this.nx = surface.volume().grid().nx();
        this.ny = surface.volume().grid().ny();
        this.nz = surface.volume().grid().nz();
        this.iso = surface.isoValue();
        this.toVoxel = surface.volume().affine().inverse().rows();
    }

    static PixelSurface raycast(IsoSurface surface, BrickGrid bricks, Camera camera) {
        return new IsoSurfaceRaycaster(surface, bricks).run(camera);
    }

    private PixelSurface run(Camera camera) {
        PixelSurface out = PixelSurface.empty(camera);
        int[] box = bricks.occupiedCells(iso);
        if (box == null) {
            return out;
        }
        double[] lo = {box[0], box[1], box[2]};
        double[] hi = {Math.min(nx - 1, box[3]), Math.min(ny - 1, box[4]), Math.min(nz - 1, box[5])};
        int w = camera.width();
        boolean perspective = camera.projection() == Projection.PERSPECTIVE;
        IntStream.range(0, camera.height()).parallel().forEach(row -> {
            double[] o = new double[3];
            double[] d = new double[3];
            double[] hit = new double[3];
            for (int col = 0; col < w; col++) {
                Vec3 origin = camera.rayOrigin(col + 0.5, row + 0.5);
                Vec3 step = camera.rayStep(col + 0.5, row + 0.5);
                toVoxel(origin, o);
                toVoxelDirection(step, d);
                double tNear = perspective ? NEAR_MM : Double.NEGATIVE_INFINITY;
                double tFar = Double.POSITIVE_INFINITY;
                for (int a = 0; a < 3 && tNear <= tFar; a++) {
                    if (d[a] == 0) {
                        if (o[a] < lo[a] || o[a] > hi[a]) {
                            tNear = Double.POSITIVE_INFINITY;
                        }
                        continue;
                    }
                    double t0 = (lo[a] - o[a]) / d[a];
                    double t1 = (hi[a] - o[a]) / d[a];
                    tNear = Math.max(tNear, Math.min(t0, t1));
                    tFar = Math.min(tFar, Math.max(t0, t1));
                }
                if (!(tNear <= tFar)) {
                    continue;
                }
                double t = traceBricks(o, d, tNear, tFar, hit);
                if (!Double.isNaN(t)) {
                    int p = col + w * row;
                    out.depthMm()[p] = (float) t;
                    normalAt(hit, step, out.normals(), 3 * p);
                }
            }
        });
        return out;
    }

    private void toVoxel(Vec3 p, double[] out) {
        double[] m = toVoxel;
        for (int r = 0; r < 3; r++) {
            out[r] = m[4 * r] * p.x() + m[4 * r + 1] * p.y() + m[4 * r + 2] * p.z() + m[4 * r + 3];
        }
    }

    private void toVoxelDirection(Vec3 v, double[] out) {
        double[] m = toVoxel;
        for (int r = 0; r < 3; r++) {
            out[r] = m[4 * r] * v.x() + m[4 * r + 1] * v.y() + m[4 * r + 2] * v.z();
        }
    }

    private float value(int n) {
        return masked ? surface.value(n) : voxels[n];
    }

    /** The depth of the first crossing in [tNear, tFar] (NaN: none); hit gets its voxel coordinates. */
    private double traceBricks(double[] o, double[] d, double tNear, double tFar, double[] hit) {
        int s = BrickGrid.SIZE;
        int[] count = {bricks.bricksX(), bricks.bricksY(), bricks.bricksZ()};
        int[] b = new int[3];
        int[] step = new int[3];
        double[] next = new double[3];
        double[] delta = new double[3];
        double probe = tNear + 1e-7 * Math.max(1, tFar - tNear);
        for (int a = 0; a < 3; a++) {
            b[a] = Math.max(0, Math.min(count[a] - 1, (int) Math.floor((o[a] + d[a] * probe) / s)));
            if (d[a] > 0) {
                step[a] = 1;
                next[a] = ((b[a] + 1) * (double) s - o[a]) / d[a];
                delta[a] = s / d[a];
            } else if (d[a] < 0) {
                step[a] = -1;
                next[a] = (b[a] * (double) s - o[a]) / d[a];
                delta[a] = -s / d[a];
            } else {
                next[a] = Double.POSITIVE_INFINITY;
                delta[a] = Double.POSITIVE_INFINITY;
            }
        }
        double t = tNear;
        while (true) {
            int axis = next[0] <= next[1] ? (next[0] <= next[2] ? 0 : 2) : (next[1] <= next[2] ? 1 : 2);
            double tExit = Math.min(next[axis], tFar);
            if (bricks.mayHoldInside(bricks.index(b[0], b[1], b[2]), iso)) {
                double found = traceCells(o, d, t, tExit, hit);
                if (!Double.isNaN(found)) {
                    return found;
                }
            }
            if (tExit >= tFar) {
                return Double.NaN;
            }
            b[axis] += step[axis];
            if (b[axis] < 0 || b[axis] >= count[axis]) {
                return Double.NaN;
            }
            next[axis] += delta[axis];
            t = tExit;
        }
    }

    private double traceCells(double[] o, double[] d, double tStart, double tEnd, double[] hit) {
        int[] count = {nx - 1, ny - 1, nz - 1};
        int[] c = new int[3];
        int[] step = new int[3];
        double[] next = new double[3];
        double[] delta = new double[3];
        double probe = tStart + 1e-7 * Math.max(1e-3, tEnd - tStart);
        for (int a = 0; a < 3; a++) {
            c[a] = Math.max(0, Math.min(count[a] - 1, (int) Math.floor(o[a] + d[a] * probe)));
            if (d[a] > 0) {
                step[a] = 1;
                next[a] = (c[a] + 1 - o[a]) / d[a];
                delta[a] = 1 / d[a];
            } else if (d[a] < 0) {
                step[a] = -1;
                next[a] = (c[a] - o[a]) / d[a];
                delta[a] = -1 / d[a];
            } else {
                next[a] = Double.POSITIVE_INFINITY;
                delta[a] = Double.POSITIVE_INFINITY;
            }
        }
        double t = tStart;
        while (true) {
            int axis = next[0] <= next[1] ? (next[0] <= next[2] ? 0 : 2) : (next[1] <= next[2] ? 1 : 2);
            double tExit = Math.min(next[axis], tEnd);
            double found = crossCell(c[0], c[1], c[2], o, d, t, tExit, hit);
            if (!Double.isNaN(found)) {
                return found;
            }
            if (tExit >= tEnd) {
                return Double.NaN;
            }
            c[axis] += step[axis];
            if (c[axis] < 0 || c[axis] >= count[axis]) {
                return Double.NaN;
            }
            next[axis] += delta[axis];
            t = tExit;
        }
    }

    /** The first depth in [ta, tb] where the trilinear interpolant in cell (i, j, k) reaches the iso value. */
    private double crossCell(int i, int j, int k, double[] o, double[] d, double ta, double tb, double[] hit) {
        int n = i + nx * (j + ny * k);
        int sy = nx;
        int sz = nx * ny;
        double c000 = value(n);
        double c100 = value(n + 1);
        double c010 = value(n + sy);
        double c110 = value(n + 1 + sy);
        double c001 = value(n + sz);
        double c101 = value(n + 1 + sz);
        double c011 = value(n + sy + sz);
        double c111 = value(n + 1 + sy + sz);
        if (Math.max(Math.max(Math.max(c000, c100), Math.max(c010, c110)),
                Math.max(Math.max(c001, c101), Math.max(c011, c111))) < iso) {
            return Double.NaN;
        }
        double x0 = o[0] + d[0] * ta - i;
        double y0 = o[1] + d[1] * ta - j;
        double z0 = o[2] + d[2] * ta - k;
        // (1 - x) = ua0 + ub0 s and x = ua1 + ub1 s along the ray, s = t - ta; likewise y (v) and z (w)
        double ua0 = 1 - x0;
        double ua1 = x0;
        double va0 = 1 - y0;
        double va1 = y0;
        double wa0 = 1 - z0;
        double wa1 = z0;
        double dx = d[0];
        double dy = d[1];
        double dz = d[2];
        // f(s) = ((a s + b) s + c) s + e: accumulate corner by corner
        double[] coefficients = new double[4];
        addCorner(coefficients, c000, ua0, -dx, va0, -dy, wa0, -dz);
        addCorner(coefficients, c100, ua1, dx, va0, -dy, wa0, -dz);
        addCorner(coefficients, c010, ua0, -dx, va1, dy, wa0, -dz);
        addCorner(coefficients, c110, ua1, dx, va1, dy, wa0, -dz);
        addCorner(coefficients, c001, ua0, -dx, va0, -dy, wa1, dz);
        addCorner(coefficients, c101, ua1, dx, va0, -dy, wa1, dz);
        addCorner(coefficients, c011, ua0, -dx, va1, dy, wa1, dz);
        addCorner(coefficients, c111, ua1, dx, va1, dy, wa1, dz);
        double a = coefficients[3];
        double b = coefficients[2];
        double c = coefficients[1];
        double e = coefficients[0] - iso;
        double length = tb - ta;
        // split [0, length] where f' = 3a s^2 + 2b s + c vanishes, so f is monotone on each piece
        double[] splits = {0, length, length, length};
        int count = 1;
        double qa = 3 * a;
        double qb = 2 * b;
        if (Math.abs(qa) > 1e-12 * (Math.abs(qb) + Math.abs(c) + 1e-30)) {
            double disc = qb * qb - 4 * qa * c;
            if (disc > 0) {
                double root = Math.sqrt(disc);
                double r1 = (-qb - root) / (2 * qa);
                double r2 = (-qb + root) / (2 * qa);
                double first = Math.min(r1, r2);
                double second = Math.max(r1, r2);
                if (first > 0 && first < length) {
                    splits[count++] = first;
                }
                if (second > 0 && second < length) {
                    splits[count++] = second;
                }
            }
        } else if (qb != 0) {
            double r = -c / qb;
            if (r > 0 && r < length) {
                splits[count++] = r;
            }
        }
        splits[count] = length;
        double lowS = 0;
        double lowF = cubic(a, b, c, e, 0);
        if (lowF >= 0) {
            return hitAt(ta, 0, x0, y0, z0, d, i, j, k, hit);
        }
        for (int piece = 1; piece <= count; piece++) {
            double highS = splits[piece];
            double highF = cubic(a, b, c, e, highS);
            if (highF >= 0) {
                double l = lowS;
                double h = highS;
                for (int it = 0; it < BISECTIONS; it++) {
                    double m = 0.5 * (l + h);
                    if (cubic(a, b, c, e, m) >= 0) {
                        h = m;
                    } else {
                        l = m;
                    }
                }
                return hitAt(ta, 0.5 * (l + h), x0, y0, z0, d, i, j, k, hit);
            }
            lowS = highS;
        }
        return Double.NaN;
    }

    private static void addCorner(double[] acc, double value, double ua, double ub, double va, double vb, double wa,
                                  double wb) {
        acc[0] += value * ua * va * wa;
        acc[1] += value * (ub * va * wa + ua * vb * wa + ua * va * wb);
        acc[2] += value * (ub * vb * wa + ub * va * wb + ua * vb * wb);
        acc[3] += value * ub * vb * wb;
    }

    private static double cubic(double a, double b, double c, double e, double s) {
        return ((a * s + b) * s + c) * s + e;
    }

    private static double hitAt(double ta, double s, double x0, double y0, double z0, double[] d, int i, int j, int k,
                                double[] hit) {
        hit[0] = i + Math.max(0, Math.min(1, x0 + d[0] * s));
        hit[1] = j + Math.max(0, Math.min(1, y0 + d[1] * s));
        hit[2] = k + Math.max(0, Math.min(1, z0 + d[2] * s));
        return ta + s;
    }

    /** The outward unit normal (patient space) at voxel coordinates hit into normals[at..at+2]. */
    private void normalAt(double[] hit, Vec3 rayStep, float[] normals, int at) {
        int i = Math.min(nx - 2, (int) hit[0]);
        int j = Math.min(ny - 2, (int) hit[1]);
        int k = Math.min(nz - 2, (int) hit[2]);
        double fx = hit[0] - i;
        double fy = hit[1] - j;
        double fz = hit[2] - k;
        double[] g = new double[3];
        for (int dk = 0; dk <= 1; dk++) {
            for (int dj = 0; dj <= 1; dj++) {
                for (int di = 0; di <= 1; di++) {
                    double weight = (di == 0 ? 1 - fx : fx) * (dj == 0 ? 1 - fy : fy) * (dk == 0 ? 1 - fz : fz);
                    addGradient(i + di, j + dj, k + dk, weight, g);
                }
            }
        }
        // the gradient in patient space is the transpose of the patient-to-voxel matrix applied to it
        double[] m = toVoxel;
        double gx = m[0] * g[0] + m[4] * g[1] + m[8] * g[2];
        double gy = m[1] * g[0] + m[5] * g[1] + m[9] * g[2];
        double gz = m[2] * g[0] + m[6] * g[1] + m[10] * g[2];
        double len = Math.sqrt(gx * gx + gy * gy + gz * gz);
        if (!(len > 0)) {
            Vec3 toViewer = rayStep.normalized().times(-1);
            gx = -toViewer.x();
            gy = -toViewer.y();
            gz = -toViewer.z();
            len = 1;
        }
        // values grow inward, so the outward normal is against the gradient
        normals[at] = (float) (-gx / len);
        normals[at + 1] = (float) (-gy / len);
        normals[at + 2] = (float) (-gz / len);
    }

    private void addGradient(int i, int j, int k, double weight, double[] g) {
        if (weight == 0) {
            return;
        }
        int n = i + nx * (j + ny * k);
        int im = i > 0 ? 1 : 0;
        int ip = i < nx - 1 ? 1 : 0;
        int jm = j > 0 ? nx : 0;
        int jp = j < ny - 1 ? nx : 0;
        int km = k > 0 ? nx * ny : 0;
        int kp = k < nz - 1 ? nx * ny : 0;
        g[0] += weight * (value(n + ip) - value(n - im)) / Math.max(1, (ip + im));
        g[1] += weight * (value(n + jp) - value(n - jm)) / Math.max(1, (jp + jm) / nx);
        g[2] += weight * (value(n + kp) - value(n - km)) / Math.max(1, (kp + km) / (nx * ny));
    }

    /**
     * Voxel centres on the surface (inside, with an outside 6-neighbour or on the volume's border) within
     * headHeightMm of the surface's top, as x,y,z (LPS, mm): what the automatic framing looks at.
     */
    static float[] surfacePoints(IsoSurface surface, BrickGrid bricks, double headHeightMm) {
        IsoSurfaceRaycaster r = new IsoSurfaceRaycaster(surface, bricks);
        Affine affine = surface.volume().affine();
        int s = BrickGrid.SIZE;
        int bx = bricks.bricksX();
        int by = bricks.bricksY();
        int bz = bricks.bricksZ();
        double[] brickTop = new double[bx * by * bz];
        double top = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < bz; k++) {
            for (int j = 0; j < by; j++) {
                for (int i = 0; i < bx; i++) {
                    int b = bricks.index(i, j, k);
                    brickTop[b] = Double.NEGATIVE_INFINITY;
                    if (bricks.mayHoldSurface(b, r.iso)) {
                        for (int corner = 0; corner < 8; corner++) {
                            double[] p = affine.apply((i + (corner & 1)) * s, (j + (corner >> 1 & 1)) * s,
                                    (k + (corner >> 2)) * s);
                            brickTop[b] = Math.max(brickTop[b], p[2]);
                        }
                        top = Math.max(top, brickTop[b]);
                    }
                }
            }
        }
        double lowest = top - headHeightMm - s * 2 * affine.spacing(2) - s * 2 * Math.max(affine.spacing(0), affine.spacing(1));
        float[][] perSlab = IntStream.range(0, bz).parallel()
                .mapToObj(k -> r.slabSurfacePoints(k, brickTop, lowest))
                .toArray(float[][]::new);
        int total = 0;
        for (float[] slab : perSlab) {
            total += slab.length;
        }
        float[] all = new float[total];
        int at = 0;
        for (float[] slab : perSlab) {
            System.arraycopy(slab, 0, all, at, slab.length);
            at += slab.length;
        }
        return all;
    }

    private float[] slabSurfacePoints(int kb, double[] brickTop, double lowest) {
        int s = BrickGrid.SIZE;
        Affine affine = surface.volume().affine();
        float[] points = new float[3 * 1024];
        int count = 0;
        for (int jb = 0; jb < bricks.bricksY(); jb++) {
            for (int ib = 0; ib < bricks.bricksX(); ib++) {
                int b = bricks.index(ib, jb, kb);
                if (!(brickTop[b] >= lowest)) {
                    continue;
                }
                for (int k = kb * s; k < Math.min(nz, kb * s + s); k++) {
                    for (int j = jb * s; j < Math.min(ny, jb * s + s); j++) {
                        for (int i = ib * s; i < Math.min(nx, ib * s + s); i++) {
                            if (isBoundaryVoxel(i, j, k)) {
                                if (count + 3 > points.length) {
                                    points = java.util.Arrays.copyOf(points, points.length * 2);
                                }
                                double[] p = affine.apply(i, j, k);
                                points[count++] = (float) p[0];
                                points[count++] = (float) p[1];
                                points[count++] = (float) p[2];
                            }
                        }
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(points, count);
    }

    private boolean isBoundaryVoxel(int i, int j, int k) {
        int n = i + nx * (j + ny * k);
        if (value(n) < iso) {
            return false;
        }
        if (i == 0 || j == 0 || k == 0 || i == nx - 1 || j == ny - 1 || k == nz - 1) {
            return true;
        }
        int sz = nx * ny;
        return value(n - 1) < iso || value(n + 1) < iso || value(n - nx) < iso || value(n + nx) < iso
                || value(n - sz) < iso || value(n + sz) < iso;
    }
}
