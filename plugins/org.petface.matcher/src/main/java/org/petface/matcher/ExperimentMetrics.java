package org.petface.matcher;

/** The headline point estimates of one experiment. */
public record ExperimentMetrics(double top1, double top5, double top10, double auc, double eer) {

    public static ExperimentMetrics of(IdentificationResult identification, VerificationResult verification) {
        return new ExperimentMetrics(identification.topK(1), identification.topK(5), identification.topK(10),
                verification.auc(), verification.eer());
    }
}
