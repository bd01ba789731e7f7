package org.petface.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.petface.core.Status;
import org.petface.surface.SkinThreshold.ChosenThreshold;
import org.petface.surface.SurfaceResult;
import org.petface.surface.SurfaceResult.StepTime;

/**
 * The face of a volume and how it was found.
 *
 * @param status    OK, or why there is no face: no usable threshold, no voxel above it, no surface in view
 * @param render    the face render (its status is {@code status}); null when no skin surface was found to render
 * @param surface   stage 3's result when the mesh path ran (its mesh, e.g. for the shape matcher, even when the
 *                  render failed); null on the ray-cast path
 * @param threshold the skin threshold used and how it was chosen (NaN when none was usable)
 * @param timings   wall time of each stage, in order: stage 3's steps and {@value VolumeFaceRenderer#RENDER_STAGE}
 *                  on the mesh path; threshold, components, body mask and {@value VolumeFaceRenderer#RENDER_STAGE}
 *                  on the ray-cast path; only the stages that ran
 */
public record VolumeRenderResult(Status status, FaceRender render, SurfaceResult surface, ChosenThreshold threshold,
                                 List<StepTime> timings) {

    public VolumeRenderResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(threshold, "threshold");
        if (render == null && !status.isError()) {
            throw new IllegalArgumentException("a result without a render must have an error status");
        }
        timings = List.copyOf(timings);
    }

    /** Wall time (ms) per stage name, in stage order. */
    public Map<String, Double> millisByStage() {
        Map<String, Double> millis = new LinkedHashMap<>();
        for (StepTime step : timings) {
            millis.merge(step.step(), step.millis(), Double::sum);
        }
        return Collections.unmodifiableMap(millis);
    }
}
