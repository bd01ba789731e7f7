package org.petface.nifti;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.petface.core.Modality;
import org.petface.core.VoxelUnit;

/** What a NIfTI image holds: its modality and the unit of its voxel values. */
public record VolumeKind(Modality modality, VoxelUnit unit) {

    public static final VolumeKind UNKNOWN = new VolumeKind(Modality.OTHER, VoxelUnit.UNITLESS);

    private static final String DESCRIP_PREFIX = "petface ";

    public VolumeKind {
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(unit, "unit");
    }

    /** The text petface writes into the NIfTI descrip field, e.g. {@code petface modality=PT unit=SUVbw}. */
    public String toDescrip() {
        return DESCRIP_PREFIX + "modality=" + modality.name() + " unit=" + unit.label();
    }

    /** The kind a descrip written by {@link #toDescrip()} names; empty for any other text. */
    public static Optional<VolumeKind> fromDescrip(String descrip) {
        if (descrip == null || !descrip.startsWith(DESCRIP_PREFIX)) {
            return Optional.empty();
        }
        Modality modality = null;
        VoxelUnit unit = null;
        for (String token : descrip.substring(DESCRIP_PREFIX.length()).trim().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = token.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = token.substring(eq + 1);
            try {
                if (key.equals("modality")) {
                    modality = Modality.valueOf(value.toUpperCase(Locale.ROOT));
                } else if (key.equals("unit")) {
                    unit = VoxelUnit.fromLabel(value);
                }
            } catch (IllegalArgumentException unknownName) {
                return Optional.empty();
            }
        }
        return modality == null || unit == null ? Optional.empty() : Optional.of(new VolumeKind(modality, unit));
    }
}
