package org.petface.core;

import java.util.Arrays;

/**
 * A 4x4 affine transform from voxel indices (i = column, j = row, k = slice) to DICOM patient
 * coordinates (LPS, mm). Immutable; stored row-major, the last row is always 0 0 0 1.
 */
public final class Affine {

    private final double[] m;

    private Affine(double[] rowMajor12) {
        this.m = rowMajor12;
    }

    /** The first three rows of the matrix, row-major (12 values). */
    public static Affine ofRows(double... rowMajor12) {
        if (rowMajor12.length != 12) {
            throw new IllegalArgumentException("an affine needs 12 values (3 rows of 4), got " + rowMajor12.length);
        }
        for (double v : rowMajor12) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("affine values must be finite: " + Arrays.toString(rowMajor12));
            }
        }
        return new Affine(rowMajor12.clone());
    }

    /**
     * The affine of a DICOM image stack: origin is ImagePositionPatient of the first slice, rowDir and colDir
     * come from ImageOrientationPatient, sliceStep is the vector (mm) from one slice's origin to the next.
     */
    public static Affine fromDicom(double[] origin, double[] rowDir, double[] colDir,
                                   double columnSpacing, double rowSpacing, double[] sliceStep) {
        return ofRows(
                rowDir[0] * columnSpacing, colDir[0] * rowSpacing, sliceStep[0], origin[0],
                rowDir[1] * columnSpacing, colDir[1] * rowSpacing, sliceStep[1], origin[1],
                rowDir[2] * columnSpacing, colDir[2] * rowSpacing, sliceStep[2], origin[2]);
    }

    /** An axis-aligned affine: voxel (0,0,0) at origin, axes along +L, +P, +S with the given spacing. */
    public static Affine axisAligned(double[] origin, double sx, double sy, double sz) {
        return ofRows(sx, 0, 0, origin[0], 0, sy, 0, origin[1], 0, 0, sz, origin[2]);
    }

    public double get(int row, int col) {
        if (row == 3) {
            return col == 3 ? 1 : 0;
        }
        return m[row * 4 + col];
    }

    /** Patient coordinates (LPS, mm) of a (possibly fractional) voxel index. */
    public double[] apply(double i, double j, double k) {
        return new double[] {
            m[0] * i + m[1] * j + m[2] * k + m[3],
            m[4] * i + m[5] * j + m[6] * k + m[7],
            m[8] * i + m[9] * j + m[10] * k + m[11]};
    }

    /** The direction (mm per voxel step) of voxel axis 0, 1 or 2 in patient space. */
    public double[] axis(int axis) {
        return new double[] {m[axis], m[4 + axis], m[8 + axis]};
    }

    /** The length (mm) of one voxel step along voxel axis 0, 1 or 2. */
    public double spacing(int axis) {
        double[] a = axis(axis);
        return Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
    }

    public double[] translation() {
        return new double[] {m[3], m[7], m[11]};
    }

    /** this * other: apply other first, then this. */
    public Affine multiply(Affine other) {
        double[] r = new double[12];
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 4; col++) {
                double s = col == 3 ? m[row * 4 + 3] : 0;
                for (int t = 0; t < 3; t++) {
                    s += m[row * 4 + t] * other.m[t * 4 + col];
                }
                r[row * 4 + col] = s;
            }
        }
        return new Affine(r);
    }

    public Affine inverse() {
        double a = m[0], b = m[1], c = m[2], d = m[4], e = m[5], f = m[6], g = m[8], h = m[9], k = m[10];
        double det = a * (e * k - f * h) - b * (d * k - f * g) + c * (d * h - e * g);
        if (Math.abs(det) < 1e-12) {
            throw new IllegalStateException("affine is singular (determinant " + det + ")");
        }
        double[] inv3 = {
            (e * k - f * h) / det, (c * h - b * k) / det, (b * f - c * e) / det,
            (f * g - d * k) / det, (a * k - c * g) / det, (c * d - a * f) / det,
            (d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det};
        double[] r = new double[12];
        for (int row = 0; row < 3; row++) {
            double t = 0;
            for (int col = 0; col < 3; col++) {
                r[row * 4 + col] = inv3[row * 3 + col];
                t -= inv3[row * 3 + col] * m[col * 4 + 3];
            }
            r[row * 4 + 3] = t;
        }
        return new Affine(r);
    }

    /** The first three rows, row-major (a copy). */
    public double[] rows() {
        return m.clone();
    }

    public boolean approximatelyEquals(Affine other, double tolerance) {
        for (int n = 0; n < 12; n++) {
            if (Math.abs(m[n] - other.m[n]) > tolerance) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Affine other && Arrays.equals(m, other.m);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m);
    }

    @Override
    public String toString() {
        return "Affine" + Arrays.toString(m);
    }
}
