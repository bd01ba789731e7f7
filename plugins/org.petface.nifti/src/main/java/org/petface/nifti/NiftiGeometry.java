package org.petface.nifti;

import org.petface.core.Affine;

/** NIfTI (RAS) and petface (LPS) geometry: the frame flip and the qform quaternion in both directions. */
final class NiftiGeometry {

    /** A qform: rotation quaternion (b, c, d), offset, voxel sizes and qfac (the sign of the third axis). */
    record QForm(double b, double c, double d, double qx, double qy, double qz,
                 double dx, double dy, double dz, double qfac) {
    }

    private static final int POLAR_ITERATIONS = 100;

    private NiftiGeometry() {
    }

    /** RAS and LPS differ by the sign of x and y; the map is its own inverse. */
    static Affine rasToLps(Affine ras, double millimetresPerUnit) {
        double[] r = ras.rows();
        for (int n = 0; n < 12; n++) {
            r[n] *= millimetresPerUnit;
        }
        for (int n = 0; n < 8; n++) {
            r[n] = 0.0 - r[n]; // not -r[n]: keeps zeros positive, so equal geometry gives equal affines
        }
        return Affine.ofRows(r);
    }

    static Affine lpsToRas(Affine lps) {
        return rasToLps(lps, 1);
    }

    /** The qform affine of the NIfTI standard (method 2). */
    static Affine qformToRas(double[] quatern, double[] qoffset, double[] pixdim) {
        double b = quatern[0], c = quatern[1], d = quatern[2];
        double aa = 1.0 - (b * b + c * c + d * d);
        double a;
        if (aa < 1e-7) {
            // (b, c, d) is a unit vector up to rounding: a 180-degree rotation.
            double norm = Math.sqrt(b * b + c * c + d * d);
            b /= norm;
            c /= norm;
            d /= norm;
            a = 0;
        } else {
            a = Math.sqrt(aa);
        }
        double qfac = pixdim[0] < 0 ? -1 : 1;
        double dx = pixdim[1], dy = pixdim[2], dz = pixdim[3] * qfac;
        return Affine.ofRows(
                (a * a + b * b - c * c - d * d) * dx, 2 * (b * c - a * d) * dy, 2 * (b * d + a * c) * dz, qoffset[0],
                2 * (b * c + a * d) * dx, (a * a + c * c - b * b - d * d) * dy, 2 * (c * d - a * b) * dz, qoffset[1],
                2 * (b * d - a * c) * dx, 2 * (c * d + a * b) * dy, (a * a + d * d - c * c - b * b) * dz, qoffset[2]);
    }

    /**
     * The qform closest to a (possibly sheared) RAS affine: column lengths give the voxel sizes, the polar
     * decomposition of the normalised columns the rotation. Follows nifti_mat44_to_quatern of nifti1_io.
     */
    static QForm qformOf(Affine ras) {
        double[] m = ras.rows();
        double dx = Math.sqrt(m[0] * m[0] + m[4] * m[4] + m[8] * m[8]);
        double dy = Math.sqrt(m[1] * m[1] + m[5] * m[5] + m[9] * m[9]);
        double dz = Math.sqrt(m[2] * m[2] + m[6] * m[6] + m[10] * m[10]);
        double[] r = {
            m[0] / dx, m[1] / dy, m[2] / dz,
            m[4] / dx, m[5] / dy, m[6] / dz,
            m[8] / dx, m[9] / dy, m[10] / dz};
        r = nearestRotationOrReflection(r);
        double qfac = 1;
        if (det3(r) < 0) {
            qfac = -1;
            r[2] = -r[2];
            r[5] = -r[5];
            r[8] = -r[8];
        }
        double r11 = r[0], r12 = r[1], r13 = r[2], r21 = r[3], r22 = r[4], r23 = r[5], r31 = r[6], r32 = r[7],
                r33 = r[8];
        double a = r11 + r22 + r33 + 1;
        double b, c, d;
        if (a > 0.5) {
            a = 0.5 * Math.sqrt(a);
            b = 0.25 * (r32 - r23) / a;
            c = 0.25 * (r13 - r31) / a;
            d = 0.25 * (r21 - r12) / a;
        } else {
            double xd = 1 + r11 - (r22 + r33), yd = 1 + r22 - (r11 + r33), zd = 1 + r33 - (r11 + r22);
            if (xd > 1) {
                b = 0.5 * Math.sqrt(xd);
                c = 0.25 * (r12 + r21) / b;
                d = 0.25 * (r13 + r31) / b;
                a = 0.25 * (r32 - r23) / b;
            } else if (yd > 1) {
                c = 0.5 * Math.sqrt(yd);
                b = 0.25 * (r12 + r21) / c;
                d = 0.25 * (r23 + r32) / c;
                a = 0.25 * (r13 - r31) / c;
            } else {
                d = 0.5 * Math.sqrt(zd);
                b = 0.25 * (r13 + r31) / d;
                c = 0.25 * (r23 + r32) / d;
                a = 0.25 * (r21 - r12) / d;
            }
            if (a < 0) {
                b = -b;
                c = -c;
                d = -d;
            }
        }
        return new QForm(b, c, d, m[3], m[7], m[11], dx, dy, dz, qfac);
    }

    /** The orthogonal factor of the polar decomposition (Newton iteration X <- (X + X^-T) / 2). */
    private static double[] nearestRotationOrReflection(double[] r) {
        double[] x = r.clone();
        for (int iteration = 0; iteration < POLAR_ITERATIONS; iteration++) {
            double[] invT = inverseTranspose3(x);
            double change = 0;
            for (int n = 0; n < 9; n++) {
                double next = 0.5 * (x[n] + invT[n]);
                change += Math.abs(next - x[n]);
                x[n] = next;
            }
            if (change < 1e-15) {
                break;
            }
        }
        return x;
    }

    static double det3(double[] r) {
        return r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6])
                + r[2] * (r[3] * r[7] - r[4] * r[6]);
    }

    private static double[] inverseTranspose3(double[] r) {
        double det = det3(r);
        // The cofactor matrix divided by the determinant is the inverse transpose.
        return new double[] {
            (r[4] * r[8] - r[5] * r[7]) / det, -(r[3] * r[8] - r[5] * r[6]) / det, (r[3] * r[7] - r[4] * r[6]) / det,
            -(r[1] * r[8] - r[2] * r[7]) / det, (r[0] * r[8] - r[2] * r[6]) / det, -(r[0] * r[7] - r[1] * r[6]) / det,
            (r[1] * r[5] - r[2] * r[4]) / det, -(r[0] * r[5] - r[2] * r[3]) / det, (r[0] * r[4] - r[1] * r[3]) / det};
    }
}
