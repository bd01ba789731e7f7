package org.petface.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;
import org.petface.nifti.NiftiWriter;
import org.petface.reader.ScanOptions;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SeriesScanner;
import org.petface.reader.dicom.DicomSeriesWriter;
import org.petface.reader.dicom.DicomUids;
import org.petface.reader.dicom.PetAcquisition;
import org.petface.reader.dicom.Radionuclide;
import org.petface.reader.dicom.SeriesMetadata;
import org.petface.volume.ops.CanonicalReorienter;
import org.petface.volume.ops.SyntheticBody;

class VolumeReconstructorTest {

    @TempDir
    Path dir;

    @Test
    void niftiFileIsReorientedCroppedAndResampledWithEveryStepNoted() throws IOException {
        Volume body = SyntheticBody.bodyAndHead(VoxelUnit.HU, false);
        Path file = dir.resolve("body.nii.gz");
        NiftiWriter.write(body, file);
        ReconstructionOptions options = ReconstructionOptions.defaults().withReorientToCanonical(true)
                .withCropToHead(true).withTargetSpacingMm(3);

        Reconstruction r = new VolumeReconstructor(options).apply(file);

        assertEquals(Status.Code.OK, r.status().code(), r.status().reason());
        Volume v = r.volume();
        assertEquals(Modality.CT, v.modality());
        assertEquals(VoxelUnit.HU, v.unit());
        assertTrue(CanonicalReorienter.axisMapOf(v.affine()).isIdentity());
        assertArrayEquals(new double[] {3, 3, 3}, v.grid().spacing(), 1e-12);
        List<String> notes = r.notes();
        assertEquals(5, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("read NIFTI_1 100x100x200 (geometry from sform)"), notes.get(0));
        assertTrue(notes.get(2).startsWith("reoriented axes (+i,+j,-k)"), notes.get(2));
        assertTrue(notes.get(3).startsWith("cropped to the head"), notes.get(3));
        assertTrue(notes.get(4).startsWith("resampled"), notes.get(4));
        // The head centre (s = 153, z = 6 mm) is inside; the lower torso (z = -250 mm) is not.
        Affine toIndex = v.affine().inverse();
        assertTrue(inside(v, toIndex.apply(0, -10, 6)));
        assertTrue(!inside(v, toIndex.apply(0, 0, -250)));
    }

    private static boolean inside(Volume v, double[] index) {
        return index[0] >= 0 && index[1] >= 0 && index[2] >= 0 && index[0] <= v.grid().nx() - 1
                && index[1] <= v.grid().ny() - 1 && index[2] <= v.grid().nz() - 1;
    }

    @Test
    void unreadableNiftiIsAnErrorNamingTheFile() throws IOException {
        Path file = dir.resolve("CTres.nii.gz");
        Files.write(file, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        Reconstruction r = new VolumeReconstructor(ReconstructionOptions.defaults()).apply(file);
        assertTrue(r.status().isError());
        assertTrue(r.status().reason().contains("CTres.nii.gz"), r.status().reason());
        assertTrue(r.optionalVolume().isEmpty());
    }

    @Test
    void petWrittenAsDicomReadsBackAsSuvWithExactGeometry() throws IOException {
        Volume suv = SyntheticBody.bodyAndHead(VoxelUnit.SUV_BW, true);
        double c = Math.cos(0.2), s = Math.sin(0.2);
        Affine oblique = Affine.fromDicom(new double[] {-99.5, -120.25, -300}, new double[] {c, s, 0},
                new double[] {-s, c, 0}, 2, 2, new double[] {0, 0, 2});
        Volume pet = new Volume(new VoxelGrid(100, 100, 200, oblique), suv.voxels(),
                VoxelUnit.SUV_BW, Modality.PT);
        SeriesMetadata metadata = new SeriesMetadata("SYN-0001", "Phantom^S001", 72.5,
                DicomUids.fromName("test/study"), DicomUids.fromName("test/series"), DicomUids.fromName("test/for"),
                2, "20240102", "093000", "20240102", "103000", "PET test",
                new PetAcquisition(Radionuclide.F18, "Fluorodeoxyglucose", 3.5e8, "20240102", "093000", 600));
        DicomSeriesWriter.write(pet, metadata, dir.resolve("pet"));
        List<SeriesRecord> series = new SeriesScanner(ScanOptions.defaults().withThreads(2)).apply(dir.resolve("pet"))
                .series();
        assertEquals(1, series.size());

        Reconstruction r = new VolumeReconstructor(ReconstructionOptions.defaults().withThreads(2))
                .apply(series.get(0));

        assertEquals(Status.Code.OK, r.status().code(), r.status().reason());
        Volume back = r.volume();
        assertEquals(VoxelUnit.SUV_BW, back.unit());
        assertTrue(back.affine().approximatelyEquals(oblique, 1e-6), back.affine().toString());
        float[] expected = pet.voxels();
        float[] actual = back.voxels();
        float max = 0;
        for (float f : expected) {
            max = Math.max(max, f);
        }
        for (int n = 0; n < expected.length; n++) {
            // 16-bit storage with a per-slice slope: error within 1% of the value or a step of the slice's range.
            assertEquals(expected[n], actual[n], Math.max(0.01 * Math.abs(expected[n]), max / 30000.0), "voxel " + n);
        }
    }
}
