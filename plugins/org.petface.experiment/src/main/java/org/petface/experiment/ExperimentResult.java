package org.petface.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.petface.matcher.ExperimentMetrics;
import org.petface.matcher.report.ExperimentReport;
import org.petface.matcher.report.ReportFiles;
import org.petface.matcher.report.ReportModel;

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

    /**
     * The best method of each experiment, in the order of first appearance: highest top-1, then top-10, then AUC
     * (the rule the report writer marks as headline) - the risk a capable attacker reaches.
     */
    public List<ExperimentReport> headlines() {
        Map<String, ExperimentReport> best = new LinkedHashMap<>();
        for (ExperimentReport e : report.experiments()) {
            best.merge(e.name(), e, (a, b) -> better(b, a) ? b : a);
        }
        return new ArrayList<>(best.values());
    }

    private static boolean better(ExperimentReport candidate, ExperimentReport incumbent) {
        ExperimentMetrics c = ExperimentMetrics.of(candidate.identification(), candidate.verification());
        ExperimentMetrics i = ExperimentMetrics.of(incumbent.identification(), incumbent.verification());
        if (c.top1() != i.top1()) {
            return c.top1() > i.top1();
        }
        if (c.top10() != i.top10()) {
            return c.top10() > i.top10();
        }
        return c.auc() > i.auc();
    }
}
