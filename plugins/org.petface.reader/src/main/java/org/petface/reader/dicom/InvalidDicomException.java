package org.petface.reader.dicom;

import java.io.IOException;

/** A file that is not a readable DICOM image; the message is the reason shown in a status row. */
public final class InvalidDicomException extends IOException {

    /** Why the file was rejected. */
    public enum Kind {
        /** Not a DICOM Part 10 file at all (no DICM prefix). */
        NOT_DICOM,
        /** Ends before a declared element or pixel data. */
        TRUNCATED,
        /** Structure that cannot be trusted: lengths, nesting, bad tags. */
        MALFORMED,
        /** A DICOM file without pixel data (DICOMDIR, SR, presentation state...). */
        NO_PIXEL_DATA,
        /** Pixel data in a form this reader cannot decode. */
        UNSUPPORTED
    }

    private static final long serialVersionUID = 1L;

    private final Kind kind;

    public InvalidDicomException(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public InvalidDicomException(Kind kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
