package org.petface.matcher.report;

import java.util.Objects;

import org.petface.matcher.IdentificationResult;

/**
 * One probe of an experiment: the subject's pseudonymous id, the rank of the true identity
 * ({@link IdentificationResult#MISSED} if not ranked) and a status ("ok" or the reason it was missed).
 */
public record ProbeOutcome(String subject, int rank, String status) {

    public ProbeOutcome {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        if (rank < IdentificationResult.MISSED) {
            throw new IllegalArgumentException("negative rank " + rank);
        }
    }
}
