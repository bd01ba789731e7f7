package org.petface.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.petface.core.Affine;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.surface.SkinThreshold.ChosenThreshold;
import org.petface.surface.mask.BodySelector;
import org.petface.surface.mask.HoleFilling;
import org.petface.surface.mask.Morphology;
import org.petface.surface.mask.RunMask;

/**
 * The first half of stage 3: thresholds the volume, keeps the body (not the bed, not noise), optionally only its
 * head, then opens, closes and fills internal cavities as the options ask. Steps timed: threshold, mask,
 * components, clean-up (crop, opening, closing, hole filling). Uses the threshold, crop, head height, bed
 * separation, opening, closing, hole filling and threads of {@link SurfaceOptions}. Thread-safe: holds only options.
 */
public final class BodySegmenter {

    public static final String THRESHOLD_STEP = "threshold";
    public static final String MASK_STEP = "mask";
    public static final String COMPONENTS_STEP = "components";
    public static final String CLEAN_UP_STEP = "clean-up";

    private final SurfaceOptions options;

    public BodySegmenter(SurfaceOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public SurfaceOptions options() {
        return options;
    }

    public SkinBody apply(Volume volume) {
        StepClock clock = new StepClock(List.of());
        List<String> notes = new ArrayList<>();
        int threads = options.threads();
        SkinThreshold choice = options.threshold() != null ? options.threshold()
                : SkinThreshold.publishedDefault(volume);
        ChosenThreshold threshold = choice.choose(volume, threads);
        clock.done(THRESHOLD_STEP);
        notes.add("threshold " + threshold.description());
        if (!Double.isFinite(threshold.value())) {
            return failure(threshold, "no usable threshold (" + threshold.description() + ")", notes, clock);
        }
        VoxelGrid grid = volume.grid();
        Affine affine = grid.affine();
        double[] spacing = grid.spacing();
        RunMask mask = RunMask.above(volume.voxels(), grid.nx(), grid.ny(), grid.nz(), (float) threshold.value(),
                threads);
        clock.done(MASK_STEP);
        if (mask.isEmpty()) {
            return failure(threshold, "no voxel above the threshold", notes, clock);
        }
        BodySelector.Selection selection = BodySelector.select(mask, radius(options.bedSeparationMm(), spacing),
                spacing, HeadRegion.closestAxis(affine, 1), HeadRegion.closestAxis(affine, 0));
        RunMask body = selection.body();
        notes.add(selection.note());
        clock.done(COMPONENTS_STEP);
        HeadRegion head = null;
        if (options.cropToHead()) {
            head = HeadRegion.of(body, affine, options.headHeightMm());
            body = body.clip(head.axis(), head.first(), head.last());
            notes.add(String.format(Locale.ROOT, "head region: %s planes %d..%d", "ijk".charAt(head.axis()),
                    head.first(), head.last()));
        }
        if (options.openingMm() > 0) {
            int[] r = radius(options.openingMm(), spacing);
            body = Morphology.open(body, r[0], r[1], r[2]);
        }
        if (options.closingMm() > 0) {
            int[] r = radius(options.closingMm(), spacing);
            body = Morphology.close(body, r[0], r[1], r[2]);
        }
        if (options.fillHoles()) {
            long before = body.voxelCount();
            body = fillHoles(body, head);
            notes.add("filled " + (body.voxelCount() - before) + " voxels of internal cavities");
        }
        clock.done(CLEAN_UP_STEP);
        if (body.isEmpty()) {
            return failure(threshold, "no body left after clean-up", notes, clock);
        }
        return new SkinBody(threshold, body, head, Status.ok(), notes, clock.times());
    }

    /**
     * Fills what the outside air does not reach. Where the head crop cut through the body, the cut plane is not
     * outside air: seeding there would leak into the cut-open cavities.
     */
    private static RunMask fillHoles(RunMask body, HeadRegion head) {
        boolean[] seedFaces = {true, true, true, true, true, true};
        int[] fillLo = {0, 0, 0};
        int[] fillHi = {body.nx() - 1, body.ny() - 1, body.nz() - 1};
        if (head != null) {
            seedFaces[2 * head.axis()] = !head.cutLow();
            seedFaces[2 * head.axis() + 1] = !head.cutHigh();
            fillLo[head.axis()] = head.first();
            fillHi[head.axis()] = head.last();
        }
        return HoleFilling.fill(body, seedFaces, fillLo, fillHi);
    }

    private static SkinBody failure(ChosenThreshold threshold, String reason, List<String> notes, StepClock clock) {
        return new SkinBody(threshold, null, null, Status.error(reason), notes, clock.times());
    }

    /** Box half-widths in voxels that make a box about mm wide along each axis. */
    private static int[] radius(double mm, double[] spacing) {
        int[] r = new int[3];
        for (int a = 0; a < 3; a++) {
            r[a] = (int) Math.round(mm / (2 * spacing[a]));
        }
        return r;
    }
}
