package org.petface.nifti;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.petface.core.Affine;

/**
 * The fields of a NIfTI-1 or NIfTI-2 header that petface uses, as stored (geometry in the file's RAS convention).
 * Geometry accessors convert to petface's LPS patient space and millimetres.
 *
 * @param dims       dim[0..7]: dim[0] is the number of dimensions, dim[1..3] are nx, ny, nz
 * @param pixdim     pixdim[0..7]: pixdim[0] is qfac, pixdim[1..3] the voxel spacing
 * @param quatern    quatern_b, quatern_c, quatern_d
 * @param qoffset    qoffset_x, qoffset_y, qoffset_z
 * @param srow       srow_x, srow_y, srow_z (12 values, row-major)
 */
public record NiftiHeader(NiftiVersion version, ByteOrder byteOrder, long[] dims, int datatypeCode, int bitpix,
                          double[] pixdim, long voxOffset, double sclSlope, double sclInter, int xyztUnits,
                          int qformCode, int sformCode, double[] quatern, double[] qoffset, double[] srow,
                          String descrip, String intentName) {

    /** Where the voxel-to-patient geometry of an image comes from. */
    public enum GeometrySource { SFORM, QFORM, PIXDIM }

    private static final int NIFTI_UNITS_METER = 1;
    private static final int NIFTI_UNITS_MICRON = 3;

    public NiftiHeader {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(byteOrder, "byteOrder");
        dims = requireLength(dims, 8, "dims");
        pixdim = requireLength(pixdim, 8, "pixdim");
        quatern = requireLength(quatern, 3, "quatern");
        qoffset = requireLength(qoffset, 3, "qoffset");
        srow = requireLength(srow, 12, "srow");
        descrip = descrip == null ? "" : descrip;
        intentName = intentName == null ? "" : intentName;
    }

    private static long[] requireLength(long[] values, int length, String name) {
        if (values == null || values.length != length) {
            throw new IllegalArgumentException(name + " needs " + length + " values");
        }
        return values.clone();
    }

    private static double[] requireLength(double[] values, int length, String name) {
        if (values == null || values.length != length) {
            throw new IllegalArgumentException(name + " needs " + length + " values");
        }
        return values.clone();
    }

    @Override
    public long[] dims() {
        return dims.clone();
    }

    @Override
    public double[] pixdim() {
        return pixdim.clone();
    }

    @Override
    public double[] quatern() {
        return quatern.clone();
    }

    @Override
    public double[] qoffset() {
        return qoffset.clone();
    }

    @Override
    public double[] srow() {
        return srow.clone();
    }

    /** The size along dimension 1..7 (1 for dimensions beyond dim[0]). */
    public long dim(int dimension) {
        if (dimension < 1 || dimension > 7) {
            throw new IllegalArgumentException("NIfTI dimensions are numbered 1..7, got " + dimension);
        }
        return dimension <= dims[0] ? dims[dimension] : 1;
    }

    public int nx() {
        return (int) dim(1);
    }

    public int ny() {
        return (int) dim(2);
    }

    public int nz() {
        return (int) dim(3);
    }

    /** The number of 3-D volumes (the product of dims 4..7). */
    public long frames() {
        long n = 1;
        for (int d = 4; d <= 7; d++) {
            n *= dim(d);
        }
        return n;
    }

    /** Voxels in one 3-D volume. */
    public long voxelsPerFrame() {
        return dim(1) * dim(2) * dim(3);
    }

    public Optional<NiftiDataType> dataType() {
        return NiftiDataType.fromCode(datatypeCode);
    }

    /** Whether scl_slope/scl_inter apply (a zero or non-finite slope means "no scaling", as the standard says). */
    public boolean hasScaling() {
        return Double.isFinite(sclSlope) && sclSlope != 0 && !(sclSlope == 1 && effectiveIntercept() == 0);
    }

    /** scl_inter, or 0 when it is not finite. */
    public double effectiveIntercept() {
        return Double.isFinite(sclInter) ? sclInter : 0;
    }

    /** The kind petface recorded in descrip when it wrote the file, if it did. */
    public Optional<VolumeKind> storedKind() {
        return VolumeKind.fromDescrip(descrip);
    }

    /** Millimetres per spatial unit of xyzt_units (unknown units are taken as mm). */
    public double millimetresPerUnit() {
        return switch (xyztUnits & 0x07) {
            case NIFTI_UNITS_METER -> 1000;
            case NIFTI_UNITS_MICRON -> 0.001;
            default -> 1;
        };
    }

    /** The geometry the header's codes select: sform when sform_code > 0, else qform when qform_code > 0. */
    public GeometrySource geometrySource() {
        if (sformCode > 0) {
            return GeometrySource.SFORM;
        }
        return qformCode > 0 ? GeometrySource.QFORM : GeometrySource.PIXDIM;
    }

    /** Voxel to LPS (mm) from the selected geometry source. */
    public Affine voxelToLps() {
        return switch (geometrySource()) {
            case SFORM -> sformToLps();
            case QFORM -> qformToLps();
            case PIXDIM -> pixdimToLps();
        };
    }

    /** Voxel to LPS (mm) from srow_x/y/z. */
    public Affine sformToLps() {
        return NiftiGeometry.rasToLps(Affine.ofRows(srow), millimetresPerUnit());
    }

    /** Voxel to LPS (mm) from the quaternion, qoffset, pixdim[1..3] and qfac. */
    public Affine qformToLps() {
        return NiftiGeometry.rasToLps(NiftiGeometry.qformToRas(quatern, qoffset, pixdim), millimetresPerUnit());
    }

    /** Voxel to LPS (mm) of the standard's fallback: voxel axes along +x, +y, +z (RAS) scaled by pixdim. */
    public Affine pixdimToLps() {
        Affine ras = Affine.ofRows(pixdim[1], 0, 0, 0, 0, pixdim[2], 0, 0, 0, 0, pixdim[3], 0);
        return NiftiGeometry.rasToLps(ras, millimetresPerUnit());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NiftiHeader h && version == h.version && byteOrder.equals(h.byteOrder)
                && Arrays.equals(dims, h.dims) && datatypeCode == h.datatypeCode && bitpix == h.bitpix
                && Arrays.equals(pixdim, h.pixdim) && voxOffset == h.voxOffset
                && Double.compare(sclSlope, h.sclSlope) == 0 && Double.compare(sclInter, h.sclInter) == 0
                && xyztUnits == h.xyztUnits && qformCode == h.qformCode && sformCode == h.sformCode
                && Arrays.equals(quatern, h.quatern) && Arrays.equals(qoffset, h.qoffset)
                && Arrays.equals(srow, h.srow) && descrip.equals(h.descrip) && intentName.equals(h.intentName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, byteOrder, Arrays.hashCode(dims), datatypeCode, Arrays.hashCode(pixdim),
                voxOffset, Arrays.hashCode(srow), descrip);
    }

    @Override
    public String toString() {
        return "NiftiHeader[" + version + ", " + byteOrder + ", dims=" + Arrays.toString(dims) + ", datatype="
                + datatypeCode + ", pixdim=" + Arrays.toString(pixdim) + ", vox_offset=" + voxOffset
                + ", qform_code=" + qformCode + ", sform_code=" + sformCode + ", descrip='" + descrip + "']";
    }
}
