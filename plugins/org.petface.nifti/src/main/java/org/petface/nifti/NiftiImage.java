package org.petface.nifti;

import java.util.Objects;
import org.petface.core.Volume;

/** A NIfTI file as read: the volume (LPS, mm) and the header it came from. */
public record NiftiImage(Volume volume, NiftiHeader header) {

    public NiftiImage {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(header, "header");
    }
}
