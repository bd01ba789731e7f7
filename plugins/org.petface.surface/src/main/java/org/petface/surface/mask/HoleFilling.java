package org.petface.surface.mask;

/**
 * Fills everything the outside air cannot reach: the background is labelled 6-connected (the dual of the
 * body's 26-connectivity) and every background component that touches a seeding face of the grid is outside;
 * the rest (airways, sinuses, any enclosed cavity) becomes body.
 */
public final class HoleFilling {

    private HoleFilling() {
    }

    /** Fills the cavities of the whole grid, the air entering from every face. */
    public static RunMask fill(RunMask mask) {
        return fill(mask, new boolean[] {true, true, true, true, true, true}, new int[] {0, 0, 0},
                new int[] {mask.nx() - 1, mask.ny() - 1, mask.nz() - 1});
    }

    /**
     * Fills the cavities within the box lo..hi (inclusive); voxels outside the box are left as they are.
     *
     * @param seedFaces which box faces the outside air enters from, as {-i, +i, -j, +j, -k, +k}; a face where the
     *                  volume was cut through the body (a head crop) should not seed, so a cut airway stays closed
     */
    public static RunMask fill(RunMask mask, boolean[] seedFaces, int[] lo, int[] hi) {
        RunMask background = mask.complement().clip(0, lo[0], hi[0]).clip(1, lo[1], hi[1]).clip(2, lo[2], hi[2]);
        Components c = Components.of6(background);
        boolean[] outside = new boolean[c.count()];
        int ny = mask.ny();
        for (int row = 0; row < background.rowCount(); row++) {
            int j = row % ny;
            int k = row / ny;
            boolean wholeRow = (seedFaces[2] && j == lo[1]) || (seedFaces[3] && j == hi[1])
                    || (seedFaces[4] && k == lo[2]) || (seedFaces[5] && k == hi[2]);
            for (int r = background.firstRun(row); r < background.firstRun(row + 1); r++) {
                if (wholeRow || (seedFaces[0] && background.runBegin(r) == lo[0])
                        || (seedFaces[1] && background.runEnd(r) == hi[0] + 1)) {
                    outside[c.runLabel()[r]] = true;
                }
            }
        }
        boolean[] enclosed = new boolean[background.runCount()];
        for (int r = 0; r < enclosed.length; r++) {
            enclosed[r] = !outside[c.runLabel()[r]];
        }
        return mask.or(background.selectRuns(enclosed));
    }
}
