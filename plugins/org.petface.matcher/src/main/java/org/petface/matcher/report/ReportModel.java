package org.petface.matcher.report;

import java.util.List;
import java.util.Objects;

/** Everything one report shows. Subjects appear only by the ids the caller passes (pseudonymous keys). */
public record ReportModel(String title, CohortSummary cohort, List<ExperimentReport> experiments,
        List<SubjectRenders> subjects, List<Failure> failures) {

    public ReportModel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cohort, "cohort");
        experiments = List.copyOf(experiments);
        subjects = List.copyOf(subjects);
        failures = List.copyOf(failures);
    }
}
