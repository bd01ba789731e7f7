package org.petface.surface.mask;

/**
 * Fills everything the outside air cannot reach: the background is labelled 6-connected (the dual of the
 * body's 26-connectivity) and every background component that touches a seeding face of the grid is outside;
 * the rest (airways, sinuses, any enclosed cavity) becomes body.
 */
public final class HoleFilling {

    private HoleFilling() {
    }

    /**
     * @param seedFaces which grid faces the outside air enters from, as {-i, +i, -j, +j, -k, +k}; a face where the
     *                  volume was cut through the body (a head crop) should not seed, so a cut airway stays closed
     */
    public static RunMask fill(RunMask mask, boolean[] seedFaces) {
        RunMask background = mask.complement();
        Components c = Components.of6(background);
        boolean[] outside = new boolean[c.count()];
        int nx = mask.nx();
        int ny = mask.ny();
        int nz = mask.nz();
        for (int row = 0; row < background.rowCount(); row++) {
            int j = row % ny;
            int k = row / ny;
            boolean wholeRow = (seedFaces[2] && j == 0) || (seedFaces[3] && j == ny - 1)
                    || (seedFaces[4] && k == 0) || (seedFaces[5] && k == nz - 1);
            for (int r = background.firstRun(row); r < background.firstRun(row + 1); r++) {
                if (wholeRow || (seedFaces[0] && background.runBegin(r) == 0)
                        || (seedFaces[1] && background.runEnd(r) == nx)) {
                    outside[c.runLabel()[r]] = true;
                }
            }
        }
        boolean[] keep = new boolean[background.runCount()];
        for (int r = 0; r < keep.length; r++) {
            keep[r] = outside[c.runLabel()[r]];
        }
        return background.selectRuns(keep).complement();
    }

    public static boolean[] allFaces() {
        return new boolean[] {true, true, true, true, true, true};
    }
}
