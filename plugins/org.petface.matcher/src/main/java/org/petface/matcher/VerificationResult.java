package org.petface.matcher;

import java.util.List;

/**
 * Verification outcome: the ROC curve (vertices from (0,0) to (1,1), joined by straight lines), the area under it
 * (equal to P(genuine &gt; impostor) + P(tie)/2) and the equal error rate (where the curve meets FPR = 1 - TPR).
 * AUC and EER are NaN when there are no genuine or no impostor scores.
 */
public record VerificationResult(List<RocPoint> roc, double auc, double eer, long genuineCount, long impostorCount) {

    public VerificationResult {
        roc = List.copyOf(roc);
    }
}
