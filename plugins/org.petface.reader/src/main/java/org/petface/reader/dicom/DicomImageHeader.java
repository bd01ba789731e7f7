package org.petface.reader.dicom;

import java.nio.file.Path;
import java.util.List;
import org.petface.core.Modality;
import org.petface.reader.SliceRecord;
import org.petface.reader.SuvParameters;

/**
 * What the scanner needs from one DICOM image file: identifiers, grouping keys and its images (frames).
 *
 * @param file the file
 * @param patientKey pseudonymous key of PatientID
 * @param studyUid StudyInstanceUID
 * @param studyDate StudyDate (DA), "" when absent
 * @param studyTime StudyTime (TM), "" when absent
 * @param seriesUid SeriesInstanceUID
 * @param seriesNumber SeriesNumber (0 when absent)
 * @param modality Modality
 * @param acquisitionNumber AcquisitionNumber ("" when absent)
 * @param echoNumbers EchoNumbers ("" when absent)
 * @param units Units (0054,1001) of PET images, "" otherwise
 * @param suv PET SUV attributes (with this file's AcquisitionDate/Time), null for other modalities
 * @param slices one record per frame
 */
public record DicomImageHeader(Path file, String patientKey, String studyUid, String studyDate,
                               String studyTime, String seriesUid, int seriesNumber,
                               Modality modality, String acquisitionNumber, String echoNumbers, String units,
                               SuvParameters suv, List<SliceRecord> slices) {
}
