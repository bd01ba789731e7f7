package org.petface.core;

/** Imaging modality, by its DICOM code. */
public enum Modality {
    CT, PT, MR, OTHER;

    /** The modality for a DICOM Modality (0008,0060) value; anything unknown is OTHER. */
    public static Modality fromDicom(String code) {
        if (code == null) {
            return OTHER;
        }
        return switch (code.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "CT" -> CT;
            case "PT", "PET" -> PT;
            case "MR" -> MR;
            default -> OTHER;
        };
    }
}
