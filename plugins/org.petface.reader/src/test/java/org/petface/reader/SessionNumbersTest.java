package org.petface.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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

class SessionNumbersTest {

    @TempDir
    Path temp;

    @Test
    void studiesAreNumberedByDateNotByUid() {
        SeriesRecord late = dicom("P1", "1.1", LocalDateTime.of(2024, 5, 2, 9, 0));
        SeriesRecord early = dicom("P1", "1.2", LocalDateTime.of(2023, 11, 20, 14, 0));
        SeriesRecord middle = dicom("P1", "1.3", LocalDateTime.of(2024, 1, 15, 8, 0));

        assertSessions(List.of(late, early, middle), 3, 1, 2);
    }

    @Test
    void theTimeOrdersStudiesOfTheSameDay() {
        SeriesRecord afternoon = dicom("P1", "1.1", LocalDateTime.of(2024, 5, 2, 15, 30));
        SeriesRecord morning = dicom("P1", "1.2", LocalDateTime.of(2024, 5, 2, 8, 5));

        assertSessions(List.of(afternoon, morning), 2, 1);
    }

    @Test
    void undatedStudiesFollowTheDatedOnesInUidOrder() {
        SeriesRecord undatedB = dicom("P1", "1.9", null);
        SeriesRecord undatedA = dicom("P1", "1.1", null);
        SeriesRecord dated = dicom("P1", "1.5", LocalDateTime.of(2024, 5, 2, 8, 5));

        assertSessions(List.of(undatedB, undatedA, dated), 3, 2, 1);
    }

    @Test
    void seriesOfOneStudyShareItsSessionAndADatedSeriesDatesTheStudy() {
        SeriesRecord ctUndated = dicom("P1", "1.2", null);
        SeriesRecord petDated = dicom("P1", "1.2", LocalDateTime.of(2024, 1, 1, 8, 0));
        SeriesRecord other = dicom("P1", "1.1", LocalDateTime.of(2024, 6, 1, 8, 0));

        assertSessions(List.of(ctUndated, petDated, other), 1, 1, 2);
    }

    @Test
    void eachPatientIsNumberedFromOne() {
        SeriesRecord p1Late = dicom("P1", "1.1", LocalDateTime.of(2024, 5, 2, 9, 0));
        SeriesRecord p1Early = dicom("P1", "1.2", LocalDateTime.of(2024, 1, 2, 9, 0));
        SeriesRecord p2Only = dicom("P2", "2.1", LocalDateTime.of(2025, 1, 2, 9, 0));
        SeriesRecord p2Earlier = dicom("P2", "2.2", LocalDateTime.of(2020, 1, 2, 9, 0));

        assertSessions(List.of(p1Late, p1Early, p2Only, p2Earlier), 2, 1, 2, 1);
    }

    @Test
    void niftiSessionsAreTheirFoldersInNameOrder() {
        SeriesRecord second = nifti(Path.of("cohort", "S01", "session-2", "ct.nii.gz"));
        SeriesRecord first = nifti(Path.of("cohort", "S01", "session-1", "ct.nii.gz"));
        SeriesRecord firstPet = nifti(Path.of("cohort", "S01", "session-1", "pet.nii.gz"));
        SeriesRecord bad = SeriesRecord.badFile(Path.of("cohort", "S01", "session-1", "x.nii"), SourceKind.NIFTI,
                Status.error("unreadable"));

        Map<SeriesRecord, Integer> sessions = SessionNumbers.of(List.of(second, first, firstPet, bad));

        assertEquals(1, sessions.get(first));
        assertEquals(1, sessions.get(firstPet));
        assertEquals(2, sessions.get(second));
        assertFalse(sessions.containsKey(bad));
    }

    @Test
    void theScannerReadsStudyDateAndTimeSoTheEarlierStudyIsSessionOne() throws Exception {
        assertNotEquals(List.of(uid("study-a"), uid("study-b"), uid("study-c")),
                Stream.of(uid("study-a"), uid("study-b"), uid("study-c")).sorted().toList(),
                "the UIDs' order must differ from the dates' order, else the test proves nothing");
        DicomSeriesWriter.write(volume(), metadata("study-b", "20240301", "090000"), temp.resolve("later"));
        DicomSeriesWriter.write(volume(), metadata("study-c", "20240301", "153000"), temp.resolve("latest"));
        DicomSeriesWriter.write(volume(), metadata("study-a", "20231224", "235959"), temp.resolve("earlier"));

        List<SeriesRecord> series = new SeriesScanner(ScanOptions.defaults()).apply(temp).series();
        Map<SeriesRecord, Integer> sessions = SessionNumbers.of(series);

        assertEquals(3, series.size());
        for (SeriesRecord s : series) {
            String folder = s.location().getFileName().toString();
            int expected = switch (folder) {
                case "earlier" -> 1;
                case "later" -> 2;
                default -> 3;
            };
            assertEquals(expected, sessions.get(s), folder);
        }
        SeriesRecord latest = series.stream().filter(s -> s.location().endsWith("latest")).findFirst().orElseThrow();
        assertEquals(LocalDateTime.of(2024, 3, 1, 15, 30), latest.studyStart());
    }

    @Test
    void aMalformedStudyDateLeavesTheStartUnknownAndAMissingTimeMeansMidnight() throws Exception {
        DicomSeriesWriter.write(volume(), metadata("study-a", "20240231", "090000"), temp.resolve("bad-date"));
        DicomSeriesWriter.write(volume(), metadata("study-b", "20240301", "990000"), temp.resolve("bad-time"));

        List<SeriesRecord> series = new SeriesScanner(ScanOptions.defaults()).apply(temp).series();

        for (SeriesRecord s : series) {
            if (s.location().endsWith("bad-date")) {
                assertNull(s.studyStart());
            } else {
                assertEquals(LocalDateTime.of(2024, 3, 1, 0, 0), s.studyStart());
            }
        }
    }

    @Test
    void aPartialStudyTimeIsCompletedWithZeros() {
        assertEquals(LocalDateTime.of(2024, 3, 1, 15, 30), DicomDateTimes.dateWithOptionalTime("20240301", "1530"));
        assertEquals(LocalDateTime.of(2024, 3, 1, 15, 0), DicomDateTimes.dateWithOptionalTime("20240301", "15"));
        assertEquals(LocalDateTime.of(2024, 3, 1, 0, 0), DicomDateTimes.dateWithOptionalTime("20240301", ""));
        assertNull(DicomDateTimes.dateWithOptionalTime("", "153000"));
    }

    /** Numbers the rows and checks each row's session, given in the rows' order. */
    private static void assertSessions(List<SeriesRecord> rows, int... expected) {
        Map<SeriesRecord, Integer> sessions = SessionNumbers.of(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(expected[i], sessions.get(rows.get(i)), "row " + i);
        }
    }

    private static String uid(String study) {
        return DicomUids.fromName("sessions/" + study);
    }

    private static SeriesRecord dicom(String patient, String studyUid, LocalDateTime start) {
        return new SeriesRecord(Status.ok(), SourceKind.DICOM, Path.of("in", studyUid), Modality.CT, patient, studyUid,
                start, studyUid + ".7", 1, 1, 1, 10, 8, 8, null, Double.NaN, Set.of(), "HU", VoxelUnit.HU, null,
                List.of());
    }

    private static SeriesRecord nifti(Path file) {
        return new SeriesRecord(Status.ok(), SourceKind.NIFTI, file, Modality.CT, "P-nifti", null, null, null, 0, 1,
                1, 10, 8, 8, null, Double.NaN, Set.of(), "HU", VoxelUnit.HU, null, List.of());
    }

    private static Volume volume() {
        VoxelGrid grid = new VoxelGrid(8, 8, 2, Affine.ofRows(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2, 0));
        return new Volume(grid, new float[grid.voxelCount()], VoxelUnit.HU, Modality.CT);
    }

    private static SeriesMetadata metadata(String study, String date, String time) {
        return new SeriesMetadata("PF-SESSIONS", "Phantom^Sessions", null, uid(study),
                DicomUids.fromName("sessions/" + study + "/ct"), DicomUids.fromName("sessions/" + study + "/frame"),
                1, date, time, "20240301", "091000", "CT " + study, null);
    }
}
