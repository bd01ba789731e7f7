package org.petface.surface.mask;

import java.util.Locale;

/**
 * Picks the patient's body from a thresholded mask and leaves out the scanner bed and anything else outside
 * the body. A CT bed is a thin shell the body lies on, so at the threshold it is one component with the body;
 * eroding by a few millimetres cuts the thin shell off (and away), the largest component that is not flat like
 * a bed is the body's core, and growing the core back within the mask restores the body. Thin parts of the body
 * lost in the erosion (ear rims, nostrils' edges) come back as the small pieces of the remainder; the bed is
 * the large piece and stays out.
 */
public final class BodySelector {

    /** Remainder pieces smaller than this fraction of the body are body parts the erosion cut off. */
    private static final double SMALL_PIECE = 0.02;
    /** A component thinner than this fraction of its width along the anterior-posterior axis is bed-like. */
    private static final double FLAT = 0.25;

    private BodySelector() {
    }

    /** The body and what was done to find it. */
    public record Selection(RunMask body, String note) {
    }

    /**
     * @param radius  erosion half-widths in voxels along i, j, k that cut thin structures off the body; all 0 to
     *                skip bed separation and keep the largest 26-connected component
     * @param spacing voxel size in mm along i, j, k
     * @param apAxis  the voxel axis closest to the patient's anterior-posterior direction
     * @param lrAxis  the voxel axis closest to left-right
     */
    public static Selection select(RunMask mask, int[] radius, double[] spacing, int apAxis, int lrAxis) {
        if (radius[0] == 0 && radius[1] == 0 && radius[2] == 0) {
            Components c = Components.of26(mask);
            int body = c.largest(x -> true);
            if (body < 0) {
                return new Selection(mask, "no voxel above the threshold");
            }
            return new Selection(mask.selectRuns(c.runsOf(body)), String.format(Locale.ROOT,
                    "largest of %d components", c.count()));
        }
        RunMask eroded = Morphology.erode(mask, radius[0], radius[1], radius[2]);
        Components cores = Components.of26(eroded);
        int[][] box = boxes(eroded, cores);
        int flat = 0;
        boolean[] bedLike = new boolean[cores.count()];
        for (int c = 0; c < cores.count(); c++) {
            double ap = (box[c][apAxis + 3] - box[c][apAxis] + 1) * spacing[apAxis];
            double lr = (box[c][lrAxis + 3] - box[c][lrAxis] + 1) * spacing[lrAxis];
            bedLike[c] = ap < FLAT * lr;
            flat += bedLike[c] ? 1 : 0;
        }
        int core = cores.largest(c -> !bedLike[c]);
        if (core < 0) {
            return select(mask, new int[3], spacing, apAxis, lrAxis);
        }
        RunMask opened = Morphology.dilate(eroded.selectRuns(cores.runsOf(core)), radius[0], radius[1], radius[2])
                .and(mask);
        RunMask rest = mask.minus(opened);
        Components pieces = Components.of26(rest);
        long limit = (long) (SMALL_PIECE * opened.voxelCount());
        boolean[] small = new boolean[rest.runCount()];
        long dropped = 0;
        for (int r = 0; r < small.length; r++) {
            small[r] = pieces.voxels()[pieces.runLabel()[r]] <= limit;
        }
        for (int p = 0; p < pieces.count(); p++) {
            dropped += pieces.voxels()[p] > limit ? pieces.voxels()[p] : 0;
        }
        RunMask joined = opened.or(rest.selectRuns(small));
        Components whole = Components.of26(joined);
        int body = whole.largest(c -> true);
        return new Selection(joined.selectRuns(whole.runsOf(body)), String.format(Locale.ROOT,
                "body core after a %dx%dx%d-voxel erosion: largest of %d components (%d bed-like); "
                        + "%d voxels of large attached structures (bed) left out",
                2 * radius[0] + 1, 2 * radius[1] + 1, 2 * radius[2] + 1, cores.count(), flat, dropped));
    }

    /** Bounding boxes {min i, j, k, max i, j, k} of each component. */
    static int[][] boxes(RunMask mask, Components c) {
        int[][] box = new int[c.count()][];
        for (int n = 0; n < c.count(); n++) {
            box[n] = new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, -1};
        }
        for (int row = 0; row < mask.rowCount(); row++) {
            int j = row % mask.ny();
            int k = row / mask.ny();
            for (int r = mask.firstRun(row); r < mask.firstRun(row + 1); r++) {
                int[] b = box[c.runLabel()[r]];
                b[0] = Math.min(b[0], mask.runBegin(r));
                b[3] = Math.max(b[3], mask.runEnd(r) - 1);
                b[1] = Math.min(b[1], j);
                b[4] = Math.max(b[4], j);
                b[2] = Math.min(b[2], k);
                b[5] = Math.max(b[5], k);
            }
        }
        return box;
    }
}
