package org.petface.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.petface.experiment.ExperimentResult;
import org.petface.experiment.ProgressListener;
import org.petface.matcher.ExperimentMetrics;
import org.petface.matcher.report.ExperimentReport;
import org.petface.matcher.report.Failure;

/**
 * What {@code petface experiment} and {@code petface demo} show while and after they run: a progress bar with
 * counts and ETA redrawn in place on a terminal, one plain line per step otherwise; then the summary table.
 */
final class ExperimentConsole implements ProgressListener {

    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int lastWidth;

    ExperimentConsole(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Redraws the bar on a terminal (System.console() present), else prints plain lines. */
    static ExperimentConsole forStdout() {
        return new ExperimentConsole(System.out, System.console() != null);
    }

    @Override
    public void progress(int done, int total, String stage) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        String eta = done > 0 && done < total ? "ETA " + duration(elapsed / done * (total - done)) : "";
        if (!terminal) {
            out.printf(Locale.ROOT, "[%d/%d] %s  (%s elapsed%s)%n", done, total, stage, duration(elapsed),
                    eta.isEmpty() ? "" : ", " + eta);
            return;
        }
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d %s  %s  %s", "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), done, total, duration(elapsed), eta, stage);
        String pad = " ".repeat(Math.max(0, lastWidth - line.length()));
        lastWidth = line.length();
        out.print("\r" + line + pad);
        if (done == total) {
            out.println();
        }
        out.flush();
    }

    /** The table of every experiment and method, the headline risk per experiment, failures and files. */
    void summary(ExperimentResult result) {
        List<ExperimentReport> headlines = result.headlines();
        out.println();
        out.printf(Locale.ROOT, "%-11s %-14s %-14s %-10s %6s %7s %6s %6s %6s %6s %6s%n", "experiment", "probe",
                "gallery", "method", "probes", "gallery", "top1", "top5", "top10", "AUC", "EER");
        for (ExperimentReport e : result.report().experiments()) {
            ExperimentMetrics m = ExperimentMetrics.of(e.identification(), e.verification());
            out.printf(Locale.ROOT, "%-11s %-14s %-14s %-10s %6d %7d %6s %6s %6s %6s %6s%s%n", e.name(), e.probe(),
                    e.gallery(), e.embedder(), e.probes().size(), e.galleryCount(), number(m.top1()),
                    number(m.top5()), number(m.top10()), number(m.auc()), number(m.eer()),
                    headlines.contains(e) ? "  <- headline" : "");
        }
        out.println();
        out.println("Headline risk (the best method of each experiment, what a capable attacker reaches):");
        for (ExperimentReport e : headlines) {
            ExperimentMetrics m = ExperimentMetrics.of(e.identification(), e.verification());
            int chance = e.identification().galleryIdentities();
            out.printf(Locale.ROOT, "  %-11s top-1 %s [%s, %s] by %s (chance %s), top-10 %s%n", e.name(),
                    number(m.top1()), number(e.ci95().top1().low()), number(e.ci95().top1().high()), e.embedder(),
                    chance == 0 ? "n/a" : number(1.0 / chance), number(m.top10()));
        }
        List<Failure> failures = result.report().failures();
        out.printf(Locale.ROOT, "%nStudies: %d, failed a stage: %d; failure/miss rows in the report: %d%n",
                result.studies(), result.failedStudies(), failures.size());
        out.print("Time per stage (summed over workers):");
        for (Map.Entry<String, Double> s : result.stageSeconds().entrySet()) {
            out.printf(Locale.ROOT, " %s %.1f s;", s.getKey(), s.getValue());
        }
        out.printf(Locale.ROOT, " wall %.1f s%n", result.wallSeconds());
        if (result.files() != null) {
            out.println("Report: " + result.files().html().toAbsolutePath());
            out.println("        " + result.files().metricsJson().toAbsolutePath());
            out.println("        " + result.files().ranksCsv().toAbsolutePath());
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
