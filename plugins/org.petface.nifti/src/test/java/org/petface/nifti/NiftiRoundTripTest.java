package org.petface.nifti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;

class NiftiRoundTripTest {

    @TempDir
    Path dir;

    /** An oblique, non-axis-aligned LPS affine with a flipped slice axis (negative determinant). */
    static Affine obliqueAffine() {
        double c = Math.cos(0.3), s = Math.sin(0.3);
        return Affine.fromDicom(new double[] {-120.25, 87.5, 33.125}, new double[] {c, s, 0},
                new double[] {0, c * 0.6, -0.8}, 0.859375, 0.9, new double[] {0.1, -2.5 * s, 3.27 * c});
    }

    static Volume randomVolume(Affine affine, VoxelUnit unit, Modality modality) {
        int nx = 7, ny = 5, nz = 4;
        float[] v = new float[nx * ny * nz];
        Random random = new Random(42);
        for (int n = 0; n < v.length; n++) {
            v[n] = (float) (random.nextGaussian() * 1000);
        }
        v[3] = -0.0f;
        v[4] = Float.MIN_VALUE;
        return new Volume(new VoxelGrid(nx, ny, nz, affine), v, unit, modality);
    }

    @ParameterizedTest
    @CsvSource({"NIFTI_1, a.nii", "NIFTI_1, a.nii.gz", "NIFTI_2, a.nii", "NIFTI_2, a.nii.gz"})
    void roundTripRestoresValuesAffineUnitAndModality(NiftiVersion version, String name) throws IOException {
        Volume original = randomVolume(obliqueAffine(), VoxelUnit.SUV_BW, Modality.PT);
        Path file = dir.resolve(name);
        NiftiWriter.write(original, file, NiftiWriteOptions.defaults().withVersion(version));

        NiftiImage read = NiftiReader.read(file);
        Volume back = read.volume();
        assertEquals(version, read.header().version());
        assertEquals(original.grid().nx(), back.grid().nx());
        assertEquals(original.grid().ny(), back.grid().ny());
        assertEquals(original.grid().nz(), back.grid().nz());
        for (int n = 0; n < original.voxels().length; n++) {
            assertEquals(Float.floatToRawIntBits(original.voxels()[n]), Float.floatToRawIntBits(back.voxels()[n]));
        }
        assertEquals(VoxelUnit.SUV_BW, back.unit());
        assertEquals(Modality.PT, back.modality());
        assertEquals(NiftiHeader.GeometrySource.SFORM, read.header().geometrySource());
        if (version == NiftiVersion.NIFTI_2) {
            assertEquals(original.affine(), back.affine());
        } else {
            assertEquals(floatRounded(original.affine()), back.affine(), "NIfTI-1 stores the sform as float32");
        }
    }

    /** A CT-like volume of several read chunks: whole HU values, or with a fraction added to one voxel. */
    private static Volume largeCt(boolean integral) {
        int nx = 120, ny = 100, nz = 61;
        float[] v = new float[nx * ny * nz];
        Random random = new Random(7);
        for (int n = 0; n < v.length; n++) {
            v[n] = random.nextInt(5) == 0 ? -1000 : random.nextInt(4096) - 1024;
        }
        v[v.length - 1] = Short.MIN_VALUE;
        v[v.length - 2] = Short.MAX_VALUE;
        if (!integral) {
            v[v.length / 2] += 0.5f;
        }
        return new Volume(new VoxelGrid(nx, ny, nz, obliqueAffine()), v, VoxelUnit.HU, Modality.CT);
    }

    @ParameterizedTest
    @CsvSource({"true, true, INT16", "true, false, FLOAT32", "false, true, FLOAT32"})
    void largeVolumesRoundTripExactlyAndIntegralOnesAsInt16WhenAsked(boolean int16, boolean integral,
                                                                   NiftiDataType stored) throws IOException {
        Volume original = largeCt(integral);
        Path file = dir.resolve("ct.nii.gz");
        NiftiWriter.write(original, file, NiftiWriteOptions.defaults().withIntegralAsInt16(int16));

        NiftiImage read = NiftiReader.read(file);
        assertEquals(stored, read.header().dataType().orElseThrow());
        float[] back = read.volume().voxels();
        for (int n = 0; n < back.length; n++) {
            assertEquals(Float.floatToRawIntBits(original.voxels()[n]), Float.floatToRawIntBits(back[n]), "voxel " + n);
        }
    }

    @Test
    void negativeZeroIsNotStoredAsInt16() {
        assertTrue(NiftiWriter.isInt16(new float[] {0, -1000, 3071}));
        assertFalse(NiftiWriter.isInt16(new float[] {0, -0.0f}));
        assertFalse(NiftiWriter.isInt16(new float[] {40000}));
        assertFalse(NiftiWriter.isInt16(new float[] {Float.NaN}));
    }

    @Test
    void qformWrittenAlongsideMatchesTheSformForARigidAffine() throws IOException {
        double c = Math.cos(0.4), s = Math.sin(0.4);
        // Rotation about S with a flipped third axis: needs qfac = -1.
        Affine rigid = Affine.fromDicom(new double[] {10, -20, 30}, new double[] {c, s, 0}, new double[] {-s, c, 0},
                0.8, 0.8, new double[] {0, 0, -2.5});
        Path file = dir.resolve("rigid.nii");
        NiftiWriter.write(randomVolume(rigid, VoxelUnit.HU, Modality.CT), file,
                NiftiWriteOptions.defaults().withVersion(NiftiVersion.NIFTI_2));
        NiftiHeader header = NiftiReader.readHeader(file);
        assertEquals(-1, header.pixdim()[0]);
        assertTrue(header.qformToLps().approximatelyEquals(rigid, 1e-12), header.qformToLps().toString());
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws IOException {
        Volume v = randomVolume(obliqueAffine(), VoxelUnit.HU, Modality.CT);
        Path a = dir.resolve("a.nii.gz");
        Path b = dir.resolve("b.nii.gz");
        NiftiWriter.write(v, a);
        NiftiWriter.write(v, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void autoPetNamesGiveModalityAndUnitWhenDescripIsForeign() {
        assertEquals(new VolumeKind(Modality.CT, VoxelUnit.HU), AutoPetNaming.kindOf(Path.of("x", "CTres.nii.gz")));
        assertEquals(new VolumeKind(Modality.PT, VoxelUnit.SUV_BW), AutoPetNaming.kindOf(Path.of("SUV.nii.gz")));
        assertEquals(new VolumeKind(Modality.PT, VoxelUnit.BQML), AutoPetNaming.kindOf(Path.of("PET.nii")));
        assertEquals(VolumeKind.UNKNOWN, AutoPetNaming.kindOf(Path.of("SEG.nii.gz")));
        assertEquals(VolumeKind.UNKNOWN, AutoPetNaming.kindOf(Path.of("brain.nii.gz")));
    }

    private static Affine floatRounded(Affine a) {
        double[] r = a.rows();
        for (int n = 0; n < r.length; n++) {
            r[n] = (float) r[n];
        }
        return Affine.ofRows(r);
    }
}
