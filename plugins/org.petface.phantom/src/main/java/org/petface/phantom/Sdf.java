package org.petface.phantom;

/**
 * Signed-distance-like primitives (negative inside, mm) and smooth combinations. The ellipsoid and
 * tapered-capsule distances are the usual first-order approximations: exact on the surface, within a
 * small factor of the true distance elsewhere, which the rasterizer's safety margin absorbs.
 */
final class Sdf {

    private Sdf() {
    }

    static double sphere(double x, double y, double z, double r) {
        return Math.sqrt(x * x + y * y + z * z) - r;
    }

    /** Ellipsoid centred at the origin with semi-axes rx, ry, rz. */
    static double ellipsoid(double x, double y, double z, double rx, double ry, double rz) {
        double ax = x / rx;
        double ay = y / ry;
        double az = z / rz;
        double k0 = Math.sqrt(ax * ax + ay * ay + az * az);
        double bx = ax / rx;
        double by = ay / ry;
        double bz = az / rz;
        double k1 = Math.sqrt(bx * bx + by * by + bz * bz);
        if (k1 < 1e-12) {
            return -Math.min(rx, Math.min(ry, rz));
        }
        return k0 * (k0 - 1) / k1;
    }

    /** Segment a-b swept by a radius that goes linearly from ra (at a) to rb (at b). */
    static double taperedCapsule(double px, double py, double pz,
                                 double ax, double ay, double az, double ra,
                                 double bx, double by, double bz, double rb) {
        double pax = px - ax;
        double pay = py - ay;
        double paz = pz - az;
        double bax = bx - ax;
        double bay = by - ay;
        double baz = bz - az;
        double t = (pax * bax + pay * bay + paz * baz) / (bax * bax + bay * bay + baz * baz);
        t = Math.max(0, Math.min(1, t));
        double dx = pax - bax * t;
        double dy = pay - bay * t;
        double dz = paz - baz * t;
        return Math.sqrt(dx * dx + dy * dy + dz * dz) - (ra + (rb - ra) * t);
    }

    static double capsule(double px, double py, double pz,
                          double ax, double ay, double az, double bx, double by, double bz, double r) {
        return taperedCapsule(px, py, pz, ax, ay, az, r, bx, by, bz, r);
    }

    /** Polynomial smooth union; k is the blend width (mm). */
    static double smoothUnion(double a, double b, double k) {
        double h = Math.max(k - Math.abs(a - b), 0) / k;
        return Math.min(a, b) - h * h * k * 0.25;
    }

    /** Smooth subtraction of b from a. */
    static double smoothSubtract(double a, double b, double k) {
        return -smoothUnion(-a, b, k);
    }

    static double smoothIntersect(double a, double b, double k) {
        return -smoothUnion(-a, -b, k);
    }

    /** Fraction (0..1) of a voxel of edge width w inside the region whose distance is d. */
    static double occupancy(double d, double w) {
        double f = 0.5 - d / w;
        return f <= 0 ? 0 : f >= 1 ? 1 : f;
    }
}
