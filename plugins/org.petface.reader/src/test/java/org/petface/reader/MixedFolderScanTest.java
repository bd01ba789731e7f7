package org.petface.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;
import org.petface.reader.dicom.DicomSeriesWriter;
import org.petface.reader.dicom.DicomUids;
import org.petface.reader.dicom.SeriesMetadata;

class MixedFolderScanTest {

    @TempDir
    Path temp;

    @Test
    void goodSeriesBadFilesAndInterleavedSeriesGiveTheRightRows() throws Exception {
        Path mixed = Files.createDirectories(temp.resolve("mixed"));
        Path sub = Files.createDirectories(mixed.resolve("sub"));
        // Two series with their own UIDs, files interleaved in one folder.
        List<Path> a = DicomSeriesWriter.write(volume(4, 0), metadata("a", 1), temp.resolve("a"));
        List<Path> b = DicomSeriesWriter.write(volume(5, 0), metadata("b", 2), temp.resolve("b"));
        for (int i = 0; i < 5; i++) {
            if (i < a.size()) {
                Files.copy(a.get(i), mixed.resolve(String.format("img%02d.dcm", 2 * i)));
            }
            Files.copy(b.get(i), mixed.resolve(String.format("img%02d.dcm", 2 * i + 1)));
        }
        // Two acquisitions at the same positions sharing one SeriesInstanceUID, interleaved.
        List<Path> first = DicomSeriesWriter.write(volume(3, 0), metadata("c", 3), temp.resolve("c1"));
        List<Path> second = DicomSeriesWriter.write(volume(3, 0), metadata("c", 3), temp.resolve("c2"));
        for (int i = 0; i < 3; i++) {
            Files.copy(first.get(i), sub.resolve("c" + (2 * i) + ".dcm"));
            copyAsSecondAcquisition(second.get(i), sub.resolve("c" + (2 * i + 1) + ".dcm"));
        }
        byte[] whole = Files.readAllBytes(a.get(0));
        Files.write(sub.resolve("truncated.dcm"), Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(mixed.resolve("notes.txt"), "not an image\n");

        ScanResult result = new SeriesScanner(ScanOptions.defaults()).apply(mixed);

        List<SeriesRecord> series = result.series();
        assertEquals(4, series.size(), result.rows().toString());
        SeriesRecord seriesA = find(series, "a", 1);
        SeriesRecord seriesB = find(series, "b", 1);
        assertEquals(4, seriesA.sliceCount());
        assertEquals(5, seriesB.sliceCount());
        for (int part = 1; part <= 2; part++) {
            SeriesRecord c = find(series, "c", part);
            assertEquals(3, c.sliceCount());
            assertEquals(2, c.partCount());
            assertEquals(Status.Code.OK, c.status().code(), c.status().reason());
        }
        assertEquals(Status.Code.OK, seriesA.status().code());
        assertEquals(Status.Code.OK, seriesB.status().code());

        List<SeriesRecord> bad = result.badFiles();
        assertEquals(2, bad.size(), bad.toString());
        SeriesRecord truncated = bad.stream().filter(r -> r.location().endsWith("truncated.dcm")).findFirst().orElseThrow();
        assertEquals(Status.Code.ERROR, truncated.status().code());
        assertTrue(truncated.status().reason().startsWith("truncated"), truncated.status().reason());
        SeriesRecord text = bad.stream().filter(r -> r.location().endsWith("notes.txt")).findFirst().orElseThrow();
        assertEquals(Status.Code.WARNING, text.status().code());
        assertTrue(text.status().reason().startsWith("not a DICOM"), text.status().reason());
    }

    @Test
    void imagesOfOneUidWithDifferentOrientationAreSplit() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("tilted"));
        List<Path> axial = DicomSeriesWriter.write(volume(3, 0), metadata("d", 4), temp.resolve("d1"));
        List<Path> tilted = DicomSeriesWriter.write(volume(3, 0.2), metadata("d", 4), temp.resolve("d2"));
        for (int i = 0; i < 3; i++) {
            Files.copy(axial.get(i), folder.resolve("x" + i + ".dcm"));
            copyAsSecondAcquisition(tilted.get(i), folder.resolve("y" + i + ".dcm"));
        }
        ScanResult result = new SeriesScanner(ScanOptions.defaults().withThreads(1)).apply(folder);
        assertEquals(2, result.rows().size(), result.rows().toString());
        for (SeriesRecord r : result.rows()) {
            assertEquals(3, r.sliceCount());
            assertEquals(2, r.partCount());
            assertEquals(Status.Code.OK, r.status().code(), r.status().reason());
        }
    }

    private static SeriesRecord find(List<SeriesRecord> series, String name, int part) {
        String uid = DicomUids.fromName("mixed/" + name);
        return series.stream().filter(s -> s.seriesUid().equals(uid) && s.part() == part).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + name + " part " + part + " in " + series));
    }

    /** A copy with AcquisitionNumber 2 and its own SOPInstanceUID (rewritten with PixelMed). */
    private static void copyAsSecondAcquisition(Path source, Path target) throws Exception {
        AttributeList list = new AttributeList();
        list.read(source.toFile());
        String sop = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SOPInstanceUID);
        list.replaceWithValueIfPresent(TagFromName.AcquisitionNumber, "2");
        String newSop = DicomUids.fromName(sop + "/second");
        list.replaceWithValueIfPresent(TagFromName.SOPInstanceUID, newSop);
        list.replaceWithValueIfPresent(TagFromName.MediaStorageSOPInstanceUID, newSop);
        list.write(target.toFile(), "1.2.840.10008.1.2.1", true, true);
    }

    private static Volume volume(int slices, double tilt) {
        Affine affine = Affine.ofRows(1, 0, 0, -8,
                0, Math.cos(tilt), -2 * Math.sin(tilt), -8,
                0, Math.sin(tilt), 2 * Math.cos(tilt), 10);
        VoxelGrid grid = new VoxelGrid(16, 16, slices, affine);
        float[] v = new float[grid.voxelCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i % 97) - 40;
        }
        return new Volume(grid, v, VoxelUnit.HU, Modality.CT);
    }

    private static SeriesMetadata metadata(String name, int number) {
        return new SeriesMetadata("PF-MIX", "Phantom^Mix", null, DicomUids.fromName("mixed/study"),
                DicomUids.fromName("mixed/" + name), DicomUids.fromName("mixed/frame"), number, "20240301",
                "090000", "20240301", "091000", "mixed " + name, null);
    }
}
