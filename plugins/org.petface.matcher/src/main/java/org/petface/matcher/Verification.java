package org.petface.matcher;

import java.util.Arrays;
import java.util.List;

/** Verification metrics (ROC, AUC, EER) from genuine and impostor scores; see {@link VerificationResult}. */
public final class Verification {

    private Verification() {
    }

    public static VerificationResult apply(ProbeScores scores) {
        int[] everyProbeOnce = new int[scores.probeCount()];
        Arrays.fill(everyProbeOnce, 1);
        return new RocCounts(scores).evaluate(everyProbeOnce);
    }

    /** Convenience for a whole matrix with identity keys per row and column. */
    public static VerificationResult apply(SimilarityMatrix scores, List<String> probeIdentities,
            List<String> galleryIdentities) {
        return apply(ProbeScores.from(scores, probeIdentities, galleryIdentities));
    }
}
