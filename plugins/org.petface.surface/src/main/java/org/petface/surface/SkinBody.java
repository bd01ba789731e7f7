package org.petface.surface;

import java.util.List;
import java.util.Objects;
import org.petface.core.Status;
import org.petface.surface.SkinThreshold.ChosenThreshold;
import org.petface.surface.SurfaceResult.StepTime;
import org.petface.surface.mask.RunMask;

/**
 * The voxels of the patient's body at the skin threshold, as {@link BodySegmenter} found them: the input of
 * {@link SkinMesher} and of the ray cast.
 *
 * @param threshold the threshold used and how it was chosen
 * @param body      the kept body (without the bed, cropped and cleaned up as asked); null when status is an error
 * @param head      the head region the body was cropped to; null when not cropped (or on error before the crop)
 * @param status    OK, or why there is no body
 * @param notes     what each step did, for logs and reports
 * @param timings   wall time of each step
 */
public record SkinBody(ChosenThreshold threshold, RunMask body, HeadRegion head, Status status, List<String> notes,
                       List<StepTime> timings) {

    public SkinBody {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(status, "status");
        if (!status.isError() && (body == null || body.isEmpty())) {
            throw new IllegalArgumentException("a non-empty body is required unless the status is an error");
        }
        notes = List.copyOf(notes);
        timings = List.copyOf(timings);
    }
}
