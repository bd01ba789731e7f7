package org.petface.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.petface.matcher.report.ExperimentReport;
import org.petface.matcher.report.ReportFiles;
import org.petface.matcher.report.ReportModel;
import org.petface.matcher.report.ReportWriter;

/**
 * What an experiment run gave: the report model (every experiment per method, renders, failures), the files
 * written (null when no output folder was given), the time per stage summed over workers, and the wall time.
 */
public record ExperimentResult(ReportModel report, ReportFiles files, int studies, int failedStudies,
        Map<String, Double> stageSeconds, double wallSeconds) {

    public ExperimentResult {
        Objects.requireNonNull(report, "report");
        stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
    }

    /** The best method of each experiment, as the report marks it (see {@link ReportWriter#headlines}). */
    public List<ExperimentReport> headlines() {
        return ReportWriter.headlines(report.experiments());
    }
}
