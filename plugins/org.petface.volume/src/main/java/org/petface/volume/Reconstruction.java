package org.petface.volume;

import java.util.List;
import java.util.Optional;
import org.petface.core.Status;
import org.petface.core.Volume;

/**
 * The outcome of stage 2 for one series or file.
 *
 * @param volume the volume, or null when the status is ERROR
 * @param status OK; WARNING when the volume is usable but not as asked (e.g. PET left in Bq/ml, a missing
 *               slice interpolated), with the reasons; ERROR when there is no usable volume, with the reason
 * @param notes  what was done, step by step (assembly, unit, reorientation, crop, resampling)
 */
public record Reconstruction(Volume volume, Status status, List<String> notes) {

    public Reconstruction {
        if (status == null) {
            throw new IllegalArgumentException("a reconstruction needs a status");
        }
        if ((volume == null) != status.isError()) {
            throw new IllegalArgumentException("a volume must be present exactly when the status is not ERROR");
        }
        notes = List.copyOf(notes);
    }

    public static Reconstruction failed(String reason, List<String> notes) {
        return new Reconstruction(null, Status.error(reason), notes);
    }

    public Optional<Volume> optionalVolume() {
        return Optional.ofNullable(volume);
    }
}
