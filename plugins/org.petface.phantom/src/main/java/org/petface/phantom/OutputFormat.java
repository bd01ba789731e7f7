package org.petface.phantom;

import java.util.Locale;

/** Which files the cohort generator writes per series. */
public enum OutputFormat {
    DICOM, NIFTI, BOTH;

    public boolean dicom() {
        return this != NIFTI;
    }

    public boolean nifti() {
        return this != DICOM;
    }

    /** dicom, nifti or both (any case). */
    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("output format must be dicom, nifti or both, got " + text, e);
        }
    }
}
