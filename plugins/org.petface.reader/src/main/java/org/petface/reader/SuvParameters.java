package org.petface.reader;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The DICOM attributes from which PET SUVbw derives. Dates and times are kept as the raw DICOM strings
 * (DA yyyyMMdd, TM HHmmss.ffffff, DT yyyyMMddHHmmss.ffffff); numbers are null when absent.
 *
 * @param units Units (0054,1001), e.g. BQML
 * @param decayCorrection DecayCorrection (0054,1102): START, ADMIN or NONE
 * @param radionuclideTotalDoseBq RadionuclideTotalDose (0018,1074), Bq at injection
 * @param radionuclideHalfLifeSeconds RadionuclideHalfLife (0018,1075)
 * @param radiopharmaceuticalStartDateTime RadiopharmaceuticalStartDateTime (0018,1078), DT
 * @param radiopharmaceuticalStartTime RadiopharmaceuticalStartTime (0018,1072), TM
 * @param seriesDate SeriesDate (0008,0021)
 * @param seriesTime SeriesTime (0008,0031)
 * @param acquisitionDate AcquisitionDate (0008,0022) of the earliest acquired image of the series
 * @param acquisitionTime AcquisitionTime (0008,0032) of the earliest acquired image of the series
 * @param patientWeightKg PatientWeight (0010,1030)
 */
public record SuvParameters(String units, String decayCorrection, Double radionuclideTotalDoseBq,
                            Double radionuclideHalfLifeSeconds, String radiopharmaceuticalStartDateTime,
                            String radiopharmaceuticalStartTime, String seriesDate, String seriesTime,
                            String acquisitionDate, String acquisitionTime, Double patientWeightKg) {

    public SuvParameters {
        units = clean(units).toUpperCase(Locale.ROOT);
        decayCorrection = clean(decayCorrection).toUpperCase(Locale.ROOT);
        radiopharmaceuticalStartDateTime = clean(radiopharmaceuticalStartDateTime);
        radiopharmaceuticalStartTime = clean(radiopharmaceuticalStartTime);
        seriesDate = clean(seriesDate);
        seriesTime = clean(seriesTime);
        acquisitionDate = clean(acquisitionDate);
        acquisitionTime = clean(acquisitionTime);
    }

    /**
     * The SUVbw factor for the whole series, following the vendor-neutral (QIBA) rule: the scan start is
     * SeriesDate/Time unless an image was acquired before it (series re-dated by post-processing), then
     * the earliest AcquisitionDate/Time. DecayCorrection START decays the dose from injection to the scan
     * start; ADMIN uses the dose as is. NONE needs a factor per image: see {@link #suvBwFactorAt}.
     */
    public SuvFactor suvBwFactor() {
        Optional<String> missing = checkCommon();
        if (missing.isPresent()) {
            return SuvFactor.unavailable(missing.get());
        }
        return switch (decayCorrection) {
            case "ADMIN" -> SuvFactor.of(patientWeightKg * 1000.0 / radionuclideTotalDoseBq);
            case "START" -> {
                LocalDateTime scanStart = scanStart();
                yield scanStart == null
                        ? SuvFactor.unavailable("no SeriesDate/Time or AcquisitionDate/Time for the scan start")
                        : decayedFactor(scanStart);
            }
            case "NONE" -> SuvFactor.unavailable(
                    "DecayCorrection NONE: images are not decay corrected, the factor differs per image");
            default -> SuvFactor.unavailable("DecayCorrection '" + decayCorrection + "' is not START, ADMIN or NONE");
        };
    }

    /**
     * The SUVbw factor for one image acquired at the given AcquisitionDate/Time. For DecayCorrection NONE
     * the dose is decayed to that time (the image holds activity at acquisition); otherwise this is the
     * series factor.
     */
    public SuvFactor suvBwFactorAt(String imageAcquisitionDate, String imageAcquisitionTime) {
        if (!"NONE".equals(decayCorrection)) {
            return suvBwFactor();
        }
        Optional<String> missing = checkCommon();
        if (missing.isPresent()) {
            return SuvFactor.unavailable(missing.get());
        }
        LocalDateTime at = DicomDateTimes.dateTime(clean(imageAcquisitionDate), clean(imageAcquisitionTime));
        if (at == null) {
            return SuvFactor.unavailable("DecayCorrection NONE and the image has no AcquisitionDate/Time");
        }
        return decayedFactor(at);
    }

    private Optional<String> checkCommon() {
        if (!"BQML".equals(units)) {
            return Optional.of(units.isEmpty() ? "no Units (0054,1001)" : "Units are " + units + ", not BQML");
        }
        if (patientWeightKg == null || !(patientWeightKg > 0) || patientWeightKg > 1000) {
            return Optional.of(patientWeightKg == null ? "no PatientWeight" : "PatientWeight is " + patientWeightKg);
        }
        if (radionuclideTotalDoseBq == null || !(radionuclideTotalDoseBq > 0)) {
            return Optional.of(radionuclideTotalDoseBq == null ? "no RadionuclideTotalDose"
                    : "RadionuclideTotalDose is " + radionuclideTotalDoseBq);
        }
        if (decayCorrection.isEmpty()) {
            return Optional.of("no DecayCorrection (0054,1102)");
        }
        if (!"ADMIN".equals(decayCorrection)
                && (radionuclideHalfLifeSeconds == null || !(radionuclideHalfLifeSeconds > 0))) {
            return Optional.of(radionuclideHalfLifeSeconds == null ? "no RadionuclideHalfLife"
                    : "RadionuclideHalfLife is " + radionuclideHalfLifeSeconds);
        }
        return Optional.empty();
    }

    private SuvFactor decayedFactor(LocalDateTime at) {
        LocalDateTime injection = injection(at.toLocalDate());
        if (injection == null) {
            return SuvFactor.unavailable("no RadiopharmaceuticalStartDateTime or RadiopharmaceuticalStartTime");
        }
        double seconds = Duration.between(injection, at).toNanos() / 1e9;
        if (seconds < 0) {
            return SuvFactor.unavailable("radiopharmaceutical start is " + Math.round(-seconds)
                    + " s after the scan start");
        }
        double decayedDose = radionuclideTotalDoseBq * Math.pow(2.0, -seconds / radionuclideHalfLifeSeconds);
        return SuvFactor.of(patientWeightKg * 1000.0 / decayedDose);
    }

    /** Injection date-time: the DT attribute, else the start time on the scan's date (no midnight guessing). */
    private LocalDateTime injection(LocalDate scanDate) {
        LocalDateTime fromDateTime = DicomDateTimes.dateTime(radiopharmaceuticalStartDateTime);
        if (fromDateTime != null) {
            return fromDateTime;
        }
        LocalTime time = DicomDateTimes.time(radiopharmaceuticalStartTime);
        return time == null ? null : LocalDateTime.of(scanDate, time);
    }

    /** The scan start by the QIBA rule, or null when neither series nor acquisition date/time exist. */
    public LocalDateTime scanStart() {
        LocalDateTime series = DicomDateTimes.dateTime(seriesDate, seriesTime);
        LocalDateTime acquisition = DicomDateTimes.dateTime(acquisitionDate, acquisitionTime);
        if (series == null) {
            return acquisition;
        }
        if (acquisition != null && acquisition.isBefore(series)) {
            return acquisition;
        }
        return series;
    }

    private static String clean(String s) {
        return s == null ? "" : s.trim();
    }
}
