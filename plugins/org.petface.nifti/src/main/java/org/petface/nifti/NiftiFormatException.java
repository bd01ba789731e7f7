package org.petface.nifti;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is not a NIfTI image petface can read, or whose header contradicts its content. */
public final class NiftiFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public NiftiFormatException(Path file, String reason) {
        super(file + ": " + reason);
    }
}
