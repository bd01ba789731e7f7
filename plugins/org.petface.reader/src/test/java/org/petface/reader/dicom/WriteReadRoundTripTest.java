package org.petface.reader.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;
import org.petface.reader.ScanOptions;
import org.petface.reader.ScanResult;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SeriesScanner;
import org.petface.reader.SliceRecord;
import org.petface.reader.SuvFactor;

class WriteReadRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void ctValuesWithinHalfHuAndGeometryExact() throws Exception {
        Volume ct = WriterFixtures.ctVolume();
        DicomSeriesWriter.write(ct, WriterFixtures.ctMetadata(), temp);
        SeriesRecord series = onlySeries(temp);
        assertEquals(Modality.CT, series.modality());
        assertEquals(VoxelUnit.HU, series.voxelUnit());
        assertEquals(Status.Code.OK, series.status().code(), series.status().reason());
        assertEquals(2.5, series.sliceSpacing(), 1e-9);
        float[] read = readVolume(series, ct.grid());
        for (int n = 0; n < read.length; n++) {
            assertEquals(ct.voxels()[n], read[n], 0.5, "voxel " + n);
        }
    }

    @Test
    void petSuvDerivesFromTheAttributesAndObliqueGeometryIsExact() throws Exception {
        Affine affine = WriterFixtures.obliqueAffine(2.0, 2.0, 3.27);
        Volume pet = WriterFixtures.petVolume(affine);
        DicomSeriesWriter.write(pet, WriterFixtures.petMetadata(), temp);
        SeriesRecord series = onlySeries(temp);
        assertEquals(Modality.PT, series.modality());
        assertEquals("BQML", series.units());
        assertEquals(VoxelUnit.SUV_BW, series.voxelUnit(), series.status().reason());
        SuvFactor factor = series.suv().suvBwFactor();
        assertTrue(factor.isAvailable(), factor.reason());
        // 60 min from injection (09:30) to series start (10:30): the dose decays by 2^(-3600/6586.2).
        double expected = 71.5 * 1000 / (3.7e8 * Math.pow(2, -3600 / 6586.2));
        assertEquals(expected, factor.factor(), expected * 1e-9);
        float[] bqml = readVolume(series, pet.grid());
        float max = 0;
        for (float v : pet.voxels()) {
            max = Math.max(max, v);
        }
        for (int n = 0; n < bqml.length; n++) {
            // int16 with a per-slice slope: error at most half a step of max/32767.
            assertEquals(pet.voxels()[n], bqml[n] * factor.factor(), max / 32767.0, "voxel " + n);
        }
        assertEquals(3.27, series.sliceSpacing(), 1e-9);
    }

    private static SeriesRecord onlySeries(Path folder) {
        ScanResult result = new SeriesScanner(ScanOptions.defaults()).apply(folder);
        assertEquals(1, result.rows().size(), () -> result.rows().toString());
        return result.rows().get(0);
    }

    /** Sorts slices by InstanceNumber, checks each slice's geometry against the affine, returns the voxels. */
    private static float[] readVolume(SeriesRecord series, VoxelGrid grid) throws Exception {
        List<SliceRecord> slices = series.slices().stream()
                .sorted(Comparator.comparingInt(SliceRecord::instanceNumber)).toList();
        assertEquals(grid.nz(), slices.size());
        Affine affine = grid.affine();
        float[] out = new float[grid.voxelCount()];
        int size = grid.nx() * grid.ny();
        for (int k = 0; k < slices.size(); k++) {
            SliceRecord s = slices.get(k);
            assertEquals(grid.nx(), s.columns());
            assertEquals(grid.ny(), s.rows());
            double[] origin = affine.apply(0, 0, k);
            for (int c = 0; c < 3; c++) {
                assertEquals(origin[c], s.imagePositionPatient()[c], 1e-9, "ImagePositionPatient");
                assertEquals(affine.axis(0)[c] / affine.spacing(0), s.imageOrientationPatient()[c], 1e-12);
                assertEquals(affine.axis(1)[c] / affine.spacing(1), s.imageOrientationPatient()[3 + c], 1e-12);
            }
            assertEquals(affine.spacing(1), s.pixelSpacing()[0], 1e-12);
            assertEquals(affine.spacing(0), s.pixelSpacing()[1], 1e-12);
            System.arraycopy(DicomPixels.readRescaled(s), 0, out, k * size, size);
        }
        return out;
    }
}
