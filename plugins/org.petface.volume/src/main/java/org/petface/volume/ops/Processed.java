package org.petface.volume.ops;

import java.util.Objects;
import org.petface.core.Status;
import org.petface.core.Volume;

/**
 * The outcome of one volume operation: the new volume (the input itself when the operation had nothing to do),
 * whether the result is as asked for, and a note saying what was done.
 */
public record Processed(Volume volume, Status status, String note) {

    public Processed {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    public static Processed done(Volume volume, String note) {
        return new Processed(volume, Status.ok(), note);
    }
}
