package org.petface.reader.dicom;

/**
 * The identity and timing of a series to write. Patient id and name must be synthetic or pseudonymous:
 * the writer is for generated cohorts and de-faced output, never for copying real identities around.
 *
 * @param patientId PatientID
 * @param patientName PatientName (synthetic), DICOM PN syntax, e.g. "Phantom^S001"
 * @param patientWeightKg PatientWeight; required for PET
 * @param studyUid StudyInstanceUID (see {@link DicomUids#fromName})
 * @param seriesUid SeriesInstanceUID
 * @param frameOfReferenceUid FrameOfReferenceUID, shared by the CT and PET of one session
 * @param seriesNumber SeriesNumber
 * @param studyDate StudyDate (DA, yyyyMMdd)
 * @param studyTime StudyTime (TM, HHmmss)
 * @param seriesDate SeriesDate (DA): for PET the scan start that decay correction refers to
 * @param seriesTime SeriesTime (TM)
 * @param seriesDescription SeriesDescription
 * @param pet PET acquisition attributes; required for PET, null for CT
 */
public record SeriesMetadata(String patientId, String patientName, Double patientWeightKg, String studyUid,
                             String seriesUid, String frameOfReferenceUid, int seriesNumber, String studyDate,
                             String studyTime, String seriesDate, String seriesTime, String seriesDescription,
                             PetAcquisition pet) {

    public SeriesMetadata {
        for (String uid : new String[] {studyUid, seriesUid, frameOfReferenceUid}) {
            if (uid == null || !uid.matches("[0-9]+(\\.[0-9]+)*") || uid.length() > 64) {
                throw new IllegalArgumentException("not a valid DICOM UID: " + uid);
            }
        }
        for (String text : new String[] {patientId, patientName, seriesDescription}) {
            if (text != null && !text.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '\\')) {
                throw new IllegalArgumentException("metadata text must be printable ASCII without backslashes");
            }
        }
        checkDigits(studyDate, 8, "studyDate");
        checkDigits(seriesDate, 8, "seriesDate");
        checkDigits(studyTime, 6, "studyTime");
        checkDigits(seriesTime, 6, "seriesTime");
        patientId = patientId == null ? "" : patientId;
        patientName = patientName == null ? "" : patientName;
        seriesDescription = seriesDescription == null ? "" : seriesDescription;
    }

    private static void checkDigits(String value, int length, String what) {
        if (value == null || value.length() != length || !value.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(what + " must be " + length + " digits: " + value);
        }
    }
}
