package org.petface.nifti;

import java.nio.file.Path;
import java.util.Locale;
import org.petface.core.Modality;
import org.petface.core.VoxelUnit;

/**
 * The file names of the AutoPET FDG-PET/CT data set: each study folder holds CTres.nii.gz (CT resampled to the
 * PET grid, HU), SUV.nii.gz (PET in SUVbw) and PET.nii.gz (PET in Bq/ml), plus SEG.nii.gz (a lesion mask).
 */
public final class AutoPetNaming {

    private AutoPetNaming() {
    }

    /** The kind an AutoPET file name implies; {@link VolumeKind#UNKNOWN} for any other name. */
    public static VolumeKind kindOf(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return VolumeKind.UNKNOWN;
        }
        String base = name.toString().toLowerCase(Locale.ROOT);
        if (base.endsWith(".gz")) {
            base = base.substring(0, base.length() - 3);
        }
        if (base.endsWith(".nii")) {
            base = base.substring(0, base.length() - 4);
        }
        return switch (base) {
            case "ctres" -> new VolumeKind(Modality.CT, VoxelUnit.HU);
            case "suv" -> new VolumeKind(Modality.PT, VoxelUnit.SUV_BW);
            case "pet" -> new VolumeKind(Modality.PT, VoxelUnit.BQML);
            default -> VolumeKind.UNKNOWN;
        };
    }
}
