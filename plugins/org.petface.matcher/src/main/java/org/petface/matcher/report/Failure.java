package org.petface.matcher.report;

import java.util.Objects;

/** A study that could not be processed: the subject's pseudonymous id, the stage and the reason. */
public record Failure(String subject, String stage, String reason) {

    public Failure {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }
}
