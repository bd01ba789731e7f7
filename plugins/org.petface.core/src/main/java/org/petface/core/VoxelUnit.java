package org.petface.core;

/** What a voxel value means. */
public enum VoxelUnit {
    /** CT Hounsfield units. */
    HU("HU"),
    /** PET standardised uptake value normalised to body weight (g/ml). */
    SUV_BW("SUVbw"),
    /** PET activity concentration, Bq/ml (decay corrected as the source says). */
    BQML("BQML"),
    /** Stored values with no physical unit (e.g. an MR image, a mask). */
    UNITLESS("unitless");

    private final String label;

    VoxelUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static VoxelUnit fromLabel(String label) {
        for (VoxelUnit u : values()) {
            if (u.label.equalsIgnoreCase(label) || u.name().equalsIgnoreCase(label)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown voxel unit: " + label);
    }
}
