package org.petface.reader;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.petface.core.Modality;
import org.petface.core.Status;
import org.petface.core.VoxelUnit;

/**
 * One row of {@code petface scan}: a series (DICOM images sharing SeriesInstanceUID and geometry, or one
 * NIfTI file), or a file that could not be read (then {@code slices} is empty and {@code location} is the file).
 *
 * @param status OK, WARNING (readable, but e.g. without SUV attributes) or ERROR, with the reason
 * @param source DICOM or NIFTI
 * @param location the NIfTI file, the bad file, or the folder holding the series' first file
 * @param modality Modality of the series
 * @param patientKey pseudonymous key of PatientID (never the id itself)
 * @param studyUid StudyInstanceUID ("" when unknown)
 * @param studyStart StudyDate/StudyTime (midnight when only the date is known); null when absent or unparseable
 *     and always for NIfTI. Only for ordering a patient's studies (see {@link SessionNumbers}): never print it
 * @param seriesUid SeriesInstanceUID ("" when unknown)
 * @param seriesNumber SeriesNumber (0 when absent)
 * @param part 1-based part when one SeriesInstanceUID was split by geometry or acquisition, else 1
 * @param partCount number of parts the SeriesInstanceUID was split into (1 when not split)
 * @param sliceCount images (frames) in the series
 * @param rows Rows (NIfTI: dim[2])
 * @param columns Columns (NIfTI: dim[1])
 * @param pixelSpacing row spacing, column spacing (mm); null when unknown
 * @param sliceSpacing median distance between neighbouring slice positions along the normal (mm), NaN if unknown
 * @param transferSyntaxes TransferSyntaxUIDs of the series' files (empty for NIfTI)
 * @param units the unit as the source states it (PET Units, "HU" for CT, NIfTI file name convention)
 * @param voxelUnit the unit the volume reconstructor should deliver, where known
 * @param suv the SUV attributes of a PET series, else null
 * @param slices the images, in file-walk order (the volume reconstructor sorts them)
 */
public record SeriesRecord(Status status, SourceKind source, Path location, Modality modality, String patientKey,
                           String studyUid, LocalDateTime studyStart, String seriesUid, int seriesNumber, int part, int partCount,
                           int sliceCount, int rows, int columns, double[] pixelSpacing, double sliceSpacing,
                           Set<String> transferSyntaxes, String units, VoxelUnit voxelUnit, SuvParameters suv,
                           List<SliceRecord> slices) {

    public SeriesRecord {
        if (status == null || source == null || location == null || modality == null) {
            throw new IllegalArgumentException("a series row needs status, source, location and modality");
        }
        patientKey = patientKey == null ? "P-unknown" : patientKey;
        studyUid = studyUid == null ? "" : studyUid;
        seriesUid = seriesUid == null ? "" : seriesUid;
        units = units == null ? "" : units;
        transferSyntaxes = transferSyntaxes == null ? Set.of() : Set.copyOf(transferSyntaxes);
        slices = slices == null ? List.of() : List.copyOf(slices);
    }

    /** The row for a file that is not a readable image. */
    public static SeriesRecord badFile(Path file, SourceKind source, Status status) {
        return new SeriesRecord(status, source, file, Modality.OTHER, null, null, null, null, 0, 1, 1, 0, 0, 0,
                null, Double.NaN, Set.of(), null, null, null, List.of());
    }

    /** The same row with another status (e.g. a series found inconsistent after grouping). */
    public SeriesRecord withStatus(Status newStatus) {
        return new SeriesRecord(newStatus, source, location, modality, patientKey, studyUid, studyStart, seriesUid,
                seriesNumber, part, partCount, sliceCount, rows, columns, pixelSpacing, sliceSpacing, transferSyntaxes,
                units, voxelUnit, suv, slices);
    }

    /** True for a series of images, false for a bad-file row. */
    public boolean isSeries() {
        return sliceCount > 0;
    }
}
