package org.petface.reader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.PseudonymousKey;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;
import org.petface.nifti.NiftiVersion;
import org.petface.nifti.NiftiWriteOptions;
import org.petface.nifti.NiftiWriter;
import org.petface.reader.dicom.DicomPixels;
import org.petface.reader.dicom.DicomSeriesWriter;
import org.petface.reader.dicom.DicomUids;
import org.petface.reader.dicom.SeriesMetadata;

class NiftiAndPaddingScanTest {

    @TempDir
    Path temp;

    @Test
    void autoPetNamesGiveModalityAndUnits() throws Exception {
        Path study = Files.createDirectories(temp.resolve("PETCT_0001"));
        VoxelGrid grid = new VoxelGrid(8, 7, 5, Affine.axisAligned(new double[] {0, 0, 0}, 2, 2, 3));
        float[] v = new float[grid.voxelCount()];
        writeAutoPetStyle(new Volume(grid, v, VoxelUnit.UNITLESS, Modality.OTHER), study.resolve("SUV.nii.gz"));
        writeAutoPetStyle(new Volume(grid, v, VoxelUnit.UNITLESS, Modality.OTHER), study.resolve("CTres.nii.gz"));
        Files.write(study.resolve("PET.nii.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});

        ScanResult result = new SeriesScanner(ScanOptions.defaults()).apply(temp);
        assertEquals(3, result.rows().size(), result.rows().toString());
        SeriesRecord ct = row(result, "CTres.nii.gz");
        SeriesRecord pet = row(result, "PET.nii.gz");
        SeriesRecord suv = row(result, "SUV.nii.gz");
        assertEquals(SourceKind.NIFTI, suv.source());
        assertEquals(Status.Code.ERROR, pet.status().code());
        for (SeriesRecord r : List.of(ct, suv)) {
            assertEquals(5, r.sliceCount());
            assertEquals(7, r.rows());
            assertEquals(8, r.columns());
            assertEquals(3.0, r.sliceSpacing(), 1e-9);
        }
        assertEquals(Status.Code.OK, ct.status().code(), ct.status().reason());
        assertEquals(Modality.CT, ct.modality());
        assertEquals(VoxelUnit.HU, ct.voxelUnit());
        assertEquals(Modality.PT, suv.modality());
        assertEquals(VoxelUnit.SUV_BW, suv.voxelUnit());
    }

    @Test
    void niftiSubjectsAreTheFolderTwoLevelsUpPseudonymised() throws Exception {
        VoxelGrid grid = new VoxelGrid(4, 4, 3, Affine.axisAligned(new double[] {0, 0, 0}, 2, 2, 3));
        Volume ct = new Volume(grid, new float[grid.voxelCount()], VoxelUnit.HU, Modality.CT);
        Volume pet = new Volume(grid, new float[grid.voxelCount()], VoxelUnit.SUV_BW, Modality.PT);
        for (String subject : List.of("SUBJECT-A", "SUBJECT-B")) {
            Path session = Files.createDirectories(temp.resolve(subject).resolve("session-1"));
            NiftiWriter.write(ct, session.resolve("CT.nii.gz"), NiftiWriteOptions.defaults());
            NiftiWriter.write(pet, session.resolve("SUV.nii.gz"), NiftiWriteOptions.defaults());
        }
        ScanResult result = new SeriesScanner(ScanOptions.defaults()).apply(temp);
        assertEquals(4, result.rows().size(), result.rows().toString());
        for (SeriesRecord r : result.rows()) {
            String subject = r.location().getParent().getParent().getFileName().toString();
            assertEquals(PseudonymousKey.of(subject), r.patientKey(), r.location().toString());
            assertFalse(r.patientKey().contains("SUBJECT"), "the folder name itself never appears");
        }
        assertNotEquals(PseudonymousKey.of("SUBJECT-A"), PseudonymousKey.of("SUBJECT-B"));
    }

    /** A NIfTI-1 file as AutoPET ships it: no petface kind in descrip, so only the file name tells. */
    private static void writeAutoPetStyle(Volume volume, Path file) throws Exception {
        Path plain = file.resolveSibling("plain.nii");
        NiftiWriter.write(volume, plain, NiftiWriteOptions.defaults().withVersion(NiftiVersion.NIFTI_1));
        byte[] bytes = Files.readAllBytes(plain);
        java.util.Arrays.fill(bytes, 148, 228, (byte) 0);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
        Files.delete(plain);
    }

    @Test
    void trailingPaddingAfterPixelDataIsNeverRead() throws Exception {
        VoxelGrid grid = new VoxelGrid(32, 32, 2, Affine.axisAligned(new double[] {0, 0, 0}, 1, 1, 2));
        float[] v = new float[grid.voxelCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 300 - 100;
        }
        List<Path> files = DicomSeriesWriter.write(new Volume(grid, v, VoxelUnit.HU, Modality.CT),
                new SeriesMetadata("PF-PAD", "Phantom^Pad", null, DicomUids.fromName("pad/study"),
                        DicomUids.fromName("pad/series"), DicomUids.fromName("pad/frame"), 1, "20240101", "080000",
                        "20240101", "080000", "padded", null), temp.resolve("pad"));
        // (FFFC,FFFC) data set trailing padding: 8 MB that a reader must not load.
        byte[] padding = new byte[8 << 20];
        byte[] head = {(byte) 0xFC, (byte) 0xFF, (byte) 0xFC, (byte) 0xFF, 'O', 'B', 0, 0};
        System.arraycopy(head, 0, padding, 0, head.length);
        int length = padding.length - 12;
        padding[8] = (byte) length;
        padding[9] = (byte) (length >>> 8);
        padding[10] = (byte) (length >>> 16);
        padding[11] = (byte) (length >>> 24);
        Files.write(files.get(0), padding, StandardOpenOption.APPEND);

        ScanResult result = new SeriesScanner(ScanOptions.defaults()).apply(temp.resolve("pad"));
        assertEquals(1, result.rows().size(), result.rows().toString());
        SeriesRecord series = result.rows().get(0);
        assertEquals(Status.Code.OK, series.status().code(), series.status().reason());
        SliceRecord first = series.slices().stream().filter(s -> s.instanceNumber() == 1).findFirst().orElseThrow();
        float[] expected = new float[32 * 32];
        System.arraycopy(v, 0, expected, 0, expected.length);
        assertArrayEquals(expected, DicomPixels.readRescaled(first), 0.5f);
    }

    private static SeriesRecord row(ScanResult result, String name) {
        return result.rows().stream().filter(r -> r.location().getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + " in " + result.rows()));
    }
}
