package org.petface.reader.dicom;

/** PET radionuclides the writer can code (SNOMED CT codes of DICOM CID 4020). */
public enum Radionuclide {
    F18("77004003", "^18^Fluorine", 6586.2, 0.9673),
    C11("21576001", "^11^Carbon", 1221.66, 0.9976),
    GA68("41033004", "^68^Gallium", 4062.6, 0.8894);

    private final String snomedCode;
    private final String meaning;
    private final double halfLifeSeconds;
    private final double positronFraction;

    Radionuclide(String snomedCode, String meaning, double halfLifeSeconds, double positronFraction) {
        this.snomedCode = snomedCode;
        this.meaning = meaning;
        this.halfLifeSeconds = halfLifeSeconds;
        this.positronFraction = positronFraction;
    }

    public String snomedCode() {
        return snomedCode;
    }

    public String meaning() {
        return meaning;
    }

    public double halfLifeSeconds() {
        return halfLifeSeconds;
    }

    public double positronFraction() {
        return positronFraction;
    }
}
