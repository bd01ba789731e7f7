package org.petface.phantom;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.petface.reader.dicom.DicomSeriesWriter;
import org.petface.reader.dicom.DicomUids;
import org.petface.reader.dicom.Radionuclide;
import org.petface.reader.dicom.SeriesMetadata;

/**
 * The DICOM identity of a phantom study: synthetic patient id and name, no birth date, UIDs derived from
 * the cohort seed, subject and session (so the same seed gives the same files), the PET's FDG
 * administration and scan start. The CT is acquired just before the PET in the same frame of reference.
 */
final class PhantomDicom {

    private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss", Locale.ROOT);
    private static final long CT_BEFORE_PET_SECONDS = 120;
    private static final double PET_FRAME_SECONDS = 300;

    private PhantomDicom() {
    }

    static void writeCt(PhantomStudy study, long seed, Path folder) throws IOException {
        DicomSeriesWriter.write(study.ct(), metadata(study, seed, "CT", 2,
                study.session().pet().scanStart().minusSeconds(CT_BEFORE_PET_SECONDS), "Phantom head-neck CT", false), folder);
    }

    /** Written from the SUVbw volume: the writer stores Bq/ml with the attributes that give back this SUV. */
    static void writePet(PhantomStudy study, long seed, Path folder) throws IOException {
        DicomSeriesWriter.write(study.petSuv(), metadata(study, seed, "PT", 3, study.session().pet().scanStart(),
                "Phantom FDG PET head-neck", true), folder);
    }

    static SeriesMetadata metadata(PhantomStudy study, long seed, String modality, int seriesNumber,
                                   LocalDateTime seriesStart, String description, boolean pet) {
        PhantomSubject subject = study.subject();
        PhantomSession session = study.session();
        String studyKey = "petface-phantom/" + seed + "/" + subject.patientId() + "/session-" + session.number();
        LocalDateTime studyStart = session.pet().scanStart().minusSeconds(CT_BEFORE_PET_SECONDS);
        PetAcquisition acquisition = session.pet();
        org.petface.reader.dicom.PetAcquisition petAttributes = pet
                ? new org.petface.reader.dicom.PetAcquisition(Radionuclide.F18, "Fluorodeoxyglucose",
                        acquisition.injectedDoseBq(), DA.format(acquisition.injectionTime()),
                        TM.format(acquisition.injectionTime()), PET_FRAME_SECONDS)
                : null;
        return new SeriesMetadata(subject.patientId(), "Phantom^" + subject.patientId().substring(8),
                acquisition.patientWeightKg(), DicomUids.fromName(studyKey),
                DicomUids.fromName(studyKey + "/" + modality), DicomUids.fromName(studyKey + "/frame-of-reference"),
                seriesNumber, DA.format(studyStart), TM.format(studyStart), DA.format(seriesStart),
                TM.format(seriesStart), description, petAttributes);
    }
}
