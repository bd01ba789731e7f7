package org.petface.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.petface.experiment.CohortSource;
import org.petface.experiment.ExperimentOptions;
import org.petface.experiment.ExperimentResult;
import org.petface.experiment.ExperimentRunner;
import org.petface.experiment.Method;
import org.petface.experiment.ProgressListener;
import org.petface.matcher.ExperimentMetrics;
import org.petface.matcher.report.ExperimentReport;

/**
 * {@code petface bench experiment}: a synthetic PET-vs-CT experiment end to end (phantom generation, surface,
 * render, face analysis, matching, report into a temporary folder), printing the wall time and each stage's time
 * summed over the workers. The load average is printed too: other work on the machine slows every figure.
 */
final class ExperimentBench {

    private ExperimentBench() {
    }

    /** CPU time of this JVM (all threads), or 0 where the platform does not report it. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    static void run(int subjects, int sessions, double scale, Set<Method> methods, int threads, PrintStream out)
            throws IOException {
        out.printf(Locale.ROOT, "java %s, %d cores, %d workers, load average %.2f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), threads,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "synthetic cohort: %d subjects x %d session(s), scale %.2f, methods %s%n", subjects,
                sessions, scale, methods.stream().map(Method::id).toList());
        Path report = Files.createTempDirectory("petface-bench-experiment-");
        try {
            ExperimentOptions options = new ExperimentOptions(new CohortSource.Synthetic(subjects, 1, sessions, scale),
                    methods, threads, report, 1);
            long[] lastPrint = {System.nanoTime()};
            ProgressListener progress = (done, total, stage) -> {
                long now = System.nanoTime();
                if (now - lastPrint[0] > 10_000_000_000L || done == total) {
                    lastPrint[0] = now;
                    out.printf(Locale.ROOT, "  %d/%d %s%n", done, total, stage);
                }
            };
            long cpu0 = processCpuNanos();
            ExperimentResult result = new ExperimentRunner(options).apply(progress);
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            double busy = result.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
            out.printf(Locale.ROOT, "wall %.1f s for %d studies (%.2f s per study), %d failed; process CPU %.1f s%n",
                    result.wallSeconds(), result.studies(), result.wallSeconds() / Math.max(1, result.studies()),
                    result.failedStudies(), cpu);
            out.println("stage            seconds (summed over workers)   share   per study");
            for (Map.Entry<String, Double> s : result.stageSeconds().entrySet()) {
                out.printf(Locale.ROOT, "%-16s %8.1f %30.0f%% %9.3f s%n", s.getKey(), s.getValue(),
                        100 * s.getValue() / busy, s.getValue() / Math.max(1, result.studies()));
            }
            List<ExperimentReport> headlines = result.headlines();
            for (ExperimentReport e : result.report().experiments()) {
                ExperimentMetrics m = ExperimentMetrics.of(e.identification(), e.verification());
                out.printf(Locale.ROOT, "%s %-10s top-1 %.3f top-10 %.3f AUC %.3f (%d probes, gallery %d)%s%n", e.name(),
                        e.embedder(), m.top1(), m.top10(), m.auc(), e.probes().size(), e.galleryCount(),
                        headlines.contains(e) ? "  headline" : "");
            }
            out.printf(Locale.ROOT, "load average at the end %.2f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            try (Stream<Path> paths = Files.walk(report)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
