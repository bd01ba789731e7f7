package org.petface.surface;

import java.util.List;
import java.util.Objects;
import org.petface.core.Mesh;
import org.petface.core.Status;
import org.petface.surface.SkinThreshold.ChosenThreshold;

/**
 * The skin surface of a volume and how it was found.
 *
 * @param mesh             the skin in patient space (LPS, mm), outward-wound, with vertex normals; empty on error
 * @param threshold        the threshold used and how it was chosen
 * @param componentVoxels  voxels of the body component that was meshed (after crop, clean-up and hole filling)
 * @param componentMl      the same in millilitres
 * @param status           OK, or why there is no (or a doubtful) surface
 * @param notes            what each step did, for logs and reports
 * @param timings          wall time of each step
 */
public record SurfaceResult(Mesh mesh, ChosenThreshold threshold, long componentVoxels, double componentMl,
                            Status status, List<String> notes, List<StepTime> timings) {

    public SurfaceResult {
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(status, "status");
        notes = List.copyOf(notes);
        timings = List.copyOf(timings);
    }

    /** Wall time of one step in milliseconds. */
    public record StepTime(String step, double millis) {
    }
}
