package org.petface.matcher;

import java.util.Arrays;

/**
 * Scores of every probe (row) against every gallery item (column), row-major; higher means more alike. Scores
 * are finite or minus infinity (a comparison that failed counts as the least similar). The array is owned by the
 * matrix; callers must not modify it.
 */
public final class SimilarityMatrix {

    private final int probeCount;
    private final int galleryCount;
    private final float[] scores;

    public SimilarityMatrix(int probeCount, int galleryCount, float[] scores) {
        if (probeCount < 0 || galleryCount < 0) {
            throw new IllegalArgumentException("negative size " + probeCount + " x " + galleryCount);
        }
        if ((long) probeCount * galleryCount != scores.length) {
            throw new IllegalArgumentException(probeCount + " x " + galleryCount + " scores expected, got "
                    + scores.length);
        }
        for (int i = 0; i < scores.length; i++) {
            float s = scores[i];
            if (Float.isNaN(s) || s == Float.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("score of probe " + i / galleryCount + " vs gallery item "
                        + i % galleryCount + " is " + s);
            }
        }
        this.probeCount = probeCount;
        this.galleryCount = galleryCount;
        this.scores = scores;
    }

    public int probeCount() {
        return probeCount;
    }

    public int galleryCount() {
        return galleryCount;
    }

    public float score(int probe, int galleryItem) {
        if (probe < 0 || probe >= probeCount || galleryItem < 0 || galleryItem >= galleryCount) {
            throw new IndexOutOfBoundsException("(" + probe + ", " + galleryItem + ") outside " + probeCount + " x "
                    + galleryCount);
        }
        return scores[probe * galleryCount + galleryItem];
    }

    /** A copy of one probe's scores against the whole gallery. */
    public float[] row(int probe) {
        int from = probe * galleryCount;
        return Arrays.copyOfRange(scores, from, from + galleryCount);
    }

    /** All scores, row-major. Not copied: treat as read-only. */
    public float[] scores() {
        return scores;
    }
}
