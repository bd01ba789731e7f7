package org.petface.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelUnit;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SliceRecord;
import org.petface.reader.SuvParameters;

class SeriesAssemblyTest {

    private static final int COLUMNS = 4;
    private static final int ROWS = 3;
    private static final double[] SPACING = {0.75, 0.5};
    /** Double-oblique orientation with exact decimal cosines; its normal is (0.48, -0.64, 0.6). */
    private static final double[] OBLIQUE = {0.8, 0.6, 0, -0.36, 0.48, 0.8};

    @TempDir
    Path dir;

    private final VolumeReconstructor reconstructor = new VolumeReconstructor(ReconstructionOptions.defaults());

    private List<SliceRecord> write(List<TinyDicom.Slice> slices, String modality) throws IOException {
        List<SliceRecord> records = new ArrayList<>();
        for (TinyDicom.Slice s : slices) {
            records.add(TinyDicom.write(dir, s, modality, COLUMNS, ROWS, SPACING));
        }
        return records;
    }

    private static List<TinyDicom.Slice> axial(double... z) {
        List<TinyDicom.Slice> slices = new ArrayList<>();
        for (int n = 0; n < z.length; n++) {
            slices.add(new TinyDicom.Slice(n, new double[] {-10, 20, z[n]}, TinyDicom.AXIAL));
        }
        return slices;
    }

    private static void assertPlaneHolds(Volume v, int k, TinyDicom.Slice slice) {
        for (int j = 0; j < ROWS; j++) {
            for (int i = 0; i < COLUMNS; i++) {
                assertEquals(slice.expected(i, j), v.get(i, j, k), "voxel " + i + "," + j + "," + k);
            }
        }
    }

    @Test
    void shuffledSlicesAreSortedAlongTheNormal() throws IOException {
        List<TinyDicom.Slice> slices = axial(30, 32.5, 35, 37.5, 40, 42.5);
        List<SliceRecord> records = write(slices, "CT");
        Collections.shuffle(records, new Random(3));
        Reconstruction r = reconstructor.apply(TinyDicom.series("CT", records, null));

        assertEquals(Status.Code.OK, r.status().code(), r.status().reason());
        Volume v = r.volume();
        assertEquals(6, v.grid().nz());
        assertEquals(VoxelUnit.HU, v.unit());
        for (int k = 0; k < 6; k++) {
            assertPlaneHolds(v, k, slices.get(k));
            assertArrayEquals(slices.get(k).ipp(), v.affine().apply(0, 0, k), 1e-12);
        }
        assertArrayEquals(new double[] {0.5, 0.75, 2.5}, v.grid().spacing(), 1e-12);
    }

    @Test
    void rescaleSlopeAndInterceptApplyPerSlice() throws IOException {
        List<TinyDicom.Slice> slices = List.of(
                new TinyDicom.Slice(0, new double[] {0, 0, 0}, TinyDicom.AXIAL, 2, -1000, "1.2.3.40"),
                new TinyDicom.Slice(1, new double[] {0, 0, 3}, TinyDicom.AXIAL, 0.5, 10, "1.2.3.41"),
                new TinyDicom.Slice(2, new double[] {0, 0, 6}, TinyDicom.AXIAL, 1, -1024, "1.2.3.42"));
        Reconstruction r = reconstructor.apply(TinyDicom.series("CT", write(slices, "CT"), null));
        for (int k = 0; k < 3; k++) {
            assertPlaneHolds(r.volume(), k, slices.get(k));
        }
    }

    @Test
    void aMissingSliceIsInterpolatedWithAWarning() throws IOException {
        List<TinyDicom.Slice> slices = axial(0, 2, 4, 8, 10);
        Reconstruction r = reconstructor.apply(TinyDicom.series("CT", write(slices, "CT"), null));

        assertEquals(Status.Code.WARNING, r.status().code());
        assertTrue(r.status().reason().contains("1 missing slice"), r.status().reason());
        Volume v = r.volume();
        assertEquals(6, v.grid().nz());
        assertPlaneHolds(v, 2, slices.get(2));
        assertPlaneHolds(v, 4, slices.get(3));
        assertEquals((slices.get(2).expected(1, 2) + slices.get(3).expected(1, 2)) / 2, v.get(1, 2, 3), 1e-4);
        assertArrayEquals(new double[] {-10, 20, 6}, v.affine().apply(0, 0, 3), 1e-12);
    }

    @Test
    void unevenSpacingIsResampledToARegularGridWithAWarning() throws IOException {
        List<TinyDicom.Slice> slices = axial(0, 2, 4.7, 6, 8);
        Reconstruction r = reconstructor.apply(TinyDicom.series("CT", write(slices, "CT"), null));

        assertEquals(Status.Code.WARNING, r.status().code());
        assertTrue(r.status().reason().contains("uneven slice spacing (1.300 to 2.700 mm)"), r.status().reason());
        Volume v = r.volume();
        assertEquals(5, v.grid().nz());
        assertPlaneHolds(v, 1, slices.get(1));
        // Plane 2 (z = 4) lies between slices at 2 and 4.7 mm.
        double w = 2 / 2.7;
        assertEquals(slices.get(1).expected(3, 1) * (1 - w) + slices.get(2).expected(3, 1) * w, v.get(3, 1, 2), 1e-3);
    }

    @Test
    void aLargeHoleIsAnError() throws IOException {
        Reconstruction r = reconstructor.apply(TinyDicom.series("CT", write(axial(0, 2, 4, 20, 22), "CT"), null));
        assertTrue(r.status().isError());
        assertTrue(r.status().reason().contains("too many slices missing"), r.status().reason());
        assertNull(r.volume());
    }

    @Test
    void obliqueAndTiltedSeriesReproduceEveryImagePosition() throws IOException {
        double[] normal = {0.48, -0.64, 0.6};
        double[] tilt = {-0.36 * 0.25, 0.48 * 0.25, 0.8 * 0.25};
        List<TinyDicom.Slice> slices = new ArrayList<>();
        for (int n = 0; n < 7; n++) {
            double[] ipp = new double[3];
            for (int a = 0; a < 3; a++) {
                // 3 mm along the normal and a gantry-tilt shear of 0.25 mm along the column direction per slice.
                ipp[a] = new double[] {-100.5, 37.25, 12}[a] + n * (3 * normal[a] + tilt[a]);
            }
            slices.add(new TinyDicom.Slice(n, ipp, OBLIQUE));
        }
        List<SliceRecord> records = write(slices, "CT");
        Collections.reverse(records);
        Reconstruction r = reconstructor.apply(TinyDicom.series("CT", records, null));

        assertEquals(Status.Code.OK, r.status().code(), r.status().reason());
        Volume v = r.volume();
        for (int k = 0; k < 7; k++) {
            assertArrayEquals(slices.get(k).ipp(), v.affine().apply(0, 0, k), 1e-9);
            assertPlaneHolds(v, k, slices.get(k));
        }
        assertArrayEquals(new double[] {0.8 * 0.5, 0.6 * 0.5, 0}, v.affine().axis(0), 1e-12);
        assertArrayEquals(new double[] {-0.36 * 0.75, 0.48 * 0.75, 0.8 * 0.75}, v.affine().axis(1), 1e-12);
    }

    @Test
    void copiesOfOneImageAreDroppedButTwoImagesAtOnePositionAreAnError() throws IOException {
        List<TinyDicom.Slice> slices = new ArrayList<>(axial(0, 2, 4));
        List<SliceRecord> records = write(slices, "CT");
        List<SliceRecord> withCopy = new ArrayList<>(records);
        withCopy.add(records.get(1));
        Reconstruction copy = reconstructor.apply(TinyDicom.series("CT", withCopy, null));
        assertEquals(Status.Code.WARNING, copy.status().code());
        assertTrue(copy.status().reason().contains("dropped 1 duplicate"), copy.status().reason());
        assertEquals(3, copy.volume().grid().nz());

        TinyDicom.Slice other = new TinyDicom.Slice(9, new double[] {-10, 20, 2.001}, TinyDicom.AXIAL);
        List<SliceRecord> twoAcquisitions = new ArrayList<>(records);
        twoAcquisitions.add(TinyDicom.write(dir, other, "CT", COLUMNS, ROWS, SPACING));
        Reconstruction clash = reconstructor.apply(TinyDicom.series("CT", twoAcquisitions, null));
        assertTrue(clash.status().isError());
        assertTrue(clash.status().reason().contains("same slice position"), clash.status().reason());
    }

    @Test
    void slicesOfDifferentOrientationOrSizeAreAnError() throws IOException {
        List<SliceRecord> records = new ArrayList<>(write(axial(0, 2), "CT"));
        records.add(TinyDicom.write(dir, new TinyDicom.Slice(5, new double[] {0, 0, 4}, OBLIQUE), "CT", COLUMNS,
                ROWS, SPACING));
        Reconstruction r = reconstructor.apply(TinyDicom.series("CT", records, null));
        assertTrue(r.status().reason().contains("ImageOrientationPatient"), r.status().reason());

        List<SliceRecord> sized = new ArrayList<>(write(axial(0, 2), "CT"));
        sized.add(TinyDicom.write(dir, new TinyDicom.Slice(6, new double[] {-10, 20, 4}, TinyDicom.AXIAL), "CT",
                COLUMNS + 1, ROWS, SPACING));
        Reconstruction s = reconstructor.apply(TinyDicom.series("CT", sized, null));
        assertTrue(s.status().reason().contains("differ in size"), s.status().reason());
    }

    @Test
    void petBecomesSuvWhenTheAttributesAllowAndStaysBqmlWithTheReasonOtherwise() throws IOException {
        List<TinyDicom.Slice> slices = axial(0, 3, 6);
        List<SliceRecord> records = write(slices, "PT");
        SuvParameters complete = new SuvParameters("BQML", "ADMIN", 3.7e8, 6586.2, "", "090000", "20240101",
                "100000", "20240101", "100000", 70.0);
        Reconstruction suv = reconstructor.apply(TinyDicom.series("PT", records, complete));
        assertEquals(Status.Code.OK, suv.status().code(), suv.status().reason());
        assertEquals(VoxelUnit.SUV_BW, suv.volume().unit());
        double factor = 70_000 / 3.7e8;
        assertEquals((float) (slices.get(2).expected(1, 1) * factor), suv.volume().get(1, 1, 2), 1e-6);

        SuvParameters noWeight = new SuvParameters("BQML", "START", 3.7e8, 6586.2, "", "090000", "20240101",
                "100000", "20240101", "100000", null);
        Reconstruction bqml = reconstructor.apply(TinyDicom.series("PT", records, noWeight));
        assertEquals(Status.Code.WARNING, bqml.status().code());
        assertEquals("PET in Bq/ml: no PatientWeight", bqml.status().reason());
        assertEquals(VoxelUnit.BQML, bqml.volume().unit());
        assertEquals(slices.get(2).expected(1, 1), bqml.volume().get(1, 1, 2));
    }

    @Test
    void petWithoutDecayCorrectionGetsOneFactorPerSliceFromItsAcquisitionTime() throws IOException {
        List<TinyDicom.Slice> slices = axial(0, 3);
        List<SliceRecord> written = write(slices, "PT");
        List<SliceRecord> records = new ArrayList<>();
        String[] times = {"100000", "101000"};
        for (int n = 0; n < 2; n++) {
            SliceRecord w = written.get(n);
            records.add(new SliceRecord(w.file(), w.sopInstanceUid(), w.instanceNumber(), 0, 1,
                    w.imagePositionPatient(), w.imageOrientationPatient(), w.rows(), w.columns(), w.pixelSpacing(),
                    w.sliceThickness(), w.rescaleSlope(), w.rescaleIntercept(), w.pixelFormat(),
                    w.transferSyntaxUid(), -1, -1, "20240101", times[n]));
        }
        double halfLife = 6586.2;
        SuvParameters none = new SuvParameters("BQML", "NONE", 3.7e8, halfLife, "", "090000", "20240101",
                "100000", "20240101", "100000", 70.0);
        Reconstruction r = reconstructor.apply(TinyDicom.series("PT", records, none));

        assertEquals(VoxelUnit.SUV_BW, r.volume().unit());
        for (int n = 0; n < 2; n++) {
            double seconds = 3600 + 600 * n;
            double factor = 70_000 / (3.7e8 * Math.pow(2, -seconds / halfLife));
            assertEquals(slices.get(n).expected(2, 1) * factor, r.volume().get(2, 1, n), 1e-4);
        }
        assertTrue(r.notes().stream().anyMatch(note -> note.contains("per slice")), r.notes().toString());
    }

    @Test
    void anyThreadCountGivesTheSameVolume() throws IOException {
        List<SliceRecord> records = write(axial(0, 2, 4, 8, 10, 12.5, 14), "CT");
        SeriesRecord series = TinyDicom.series("CT", records, null);
        Volume one = new VolumeReconstructor(ReconstructionOptions.defaults().withThreads(1)).apply(series).volume();
        Volume four = new VolumeReconstructor(ReconstructionOptions.defaults().withThreads(4)).apply(series).volume();
        assertArrayEquals(one.voxels(), four.voxels());
        assertEquals(one.affine(), four.affine());
    }
}
