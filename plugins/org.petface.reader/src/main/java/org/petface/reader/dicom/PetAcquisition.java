package org.petface.reader.dicom;

/**
 * What a PET series needs beyond the image for SUVbw to derive from its attributes.
 *
 * @param radionuclide the isotope (its half-life is written as RadionuclideHalfLife)
 * @param radiopharmaceutical e.g. "Fluorodeoxyglucose"
 * @param injectedDoseBq RadionuclideTotalDose at injection
 * @param injectionDate DA of RadiopharmaceuticalStartDateTime
 * @param injectionTime TM of RadiopharmaceuticalStartTime
 * @param frameDurationSeconds length of the static frame that starts at the series time
 */
public record PetAcquisition(Radionuclide radionuclide, String radiopharmaceutical, double injectedDoseBq,
                             String injectionDate, String injectionTime, double frameDurationSeconds) {

    public PetAcquisition {
        if (radionuclide == null) {
            throw new IllegalArgumentException("PET acquisition needs a radionuclide");
        }
        if (!(injectedDoseBq > 0) || !Double.isFinite(injectedDoseBq)) {
            throw new IllegalArgumentException("injected dose must be positive: " + injectedDoseBq);
        }
        if (!(frameDurationSeconds > 0) || !Double.isFinite(frameDurationSeconds)) {
            throw new IllegalArgumentException("frame duration must be positive: " + frameDurationSeconds);
        }
        radiopharmaceutical = radiopharmaceutical == null ? "" : radiopharmaceutical;
    }
}
