package org.petface.matcher.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.petface.matcher.ConfidenceInterval;
import org.petface.matcher.ExperimentMetrics;
import org.petface.matcher.IdentificationResult;

/**
 * Writes a report into a folder: {@code report.html} (self-contained: renders inlined as data: URIs, CMC curves
 * as inline SVG, no script or external resource), {@code metrics.json} and {@code ranks.csv} (one row per probe
 * per experiment). The headline of each experiment is its best method (top-1, then top-10, then AUC): the risk a
 * capable attacker reaches.
 */
public final class ReportWriter {

    public static final String HTML = "report.html";
    public static final String METRICS = "metrics.json";
    public static final String RANKS = "ranks.csv";

    private ReportWriter() {
    }

    public static ReportFiles write(ReportModel model, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<ExperimentReport> headlines = headlines(model.experiments());
        ReportFiles files = new ReportFiles(folder.resolve(HTML), folder.resolve(METRICS), folder.resolve(RANKS));
        Files.writeString(files.metricsJson(), metricsJson(model, headlines), StandardCharsets.UTF_8);
        Files.writeString(files.ranksCsv(), ranksCsv(model), StandardCharsets.UTF_8);
        Files.writeString(files.html(), html(model, headlines), StandardCharsets.UTF_8);
        return files;
    }

    /** The best method of each experiment name, in order of first appearance. */
    /**
     * The best method of each experiment, in the order of first appearance: highest top-1, then top-10, then AUC.
     * The report marks these as the headline risk, the risk a capable attacker reaches.
     */
    public static List<ExperimentReport> headlines(List<ExperimentReport> experiments) {
        Map<String, ExperimentReport> best = new LinkedHashMap<>();
        for (ExperimentReport e : experiments) {
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

    static String metricsJson(ReportModel model, List<ExperimentReport> headlines) {
        StringBuilder s = new StringBuilder("{\n  \"title\": ").append(Json.string(model.title()));
        s.append(",\n  \"cohort\": {\"description\": ").append(Json.string(model.cohort().description()));
        for (Map.Entry<String, String> fact : model.cohort().facts().entrySet()) {
            s.append(", ").append(Json.string(fact.getKey())).append(": ").append(Json.string(fact.getValue()));
        }
        s.append("},\n  \"experiments\": [");
        List<ExperimentReport> experiments = model.experiments();
        for (int i = 0; i < experiments.size(); i++) {
            ExperimentReport e = experiments.get(i);
            ExperimentMetrics m = ExperimentMetrics.of(e.identification(), e.verification());
            s.append(i == 0 ? "\n    {" : ",\n    {");
            s.append("\"name\": ").append(Json.string(e.name()));
            s.append(", \"probe\": ").append(Json.string(e.probe()));
            s.append(", \"gallery\": ").append(Json.string(e.gallery()));
            s.append(", \"embedder\": ").append(Json.string(e.embedder()));
            s.append(", \"headline\": ").append(headlines.contains(e));
            s.append(", \"n_probes\": ").append(e.probes().size());
            s.append(", \"n_gallery\": ").append(e.galleryCount());
            s.append(", \"n_gallery_identities\": ").append(e.identification().galleryIdentities());
            s.append(", \"top1\": ").append(Json.number(m.top1()));
            s.append(", \"top5\": ").append(Json.number(m.top5()));
            s.append(", \"top10\": ").append(Json.number(m.top10()));
            s.append(", \"auc\": ").append(Json.number(m.auc()));
            s.append(", \"eer\": ").append(Json.number(m.eer()));
            s.append(", \"ci95\": {");
            s.append("\"top1\": ").append(pair(e.ci95().top1()));
            s.append(", \"top5\": ").append(pair(e.ci95().top5()));
            s.append(", \"top10\": ").append(pair(e.ci95().top10()));
            s.append(", \"auc\": ").append(pair(e.ci95().auc()));
            s.append(", \"eer\": ").append(pair(e.ci95().eer()));
            s.append("}, \"cmc\": [");
            double[] cmc = e.identification().cmc();
            for (int k = 0; k < cmc.length; k++) {
                s.append(k == 0 ? "" : ", ").append(Json.number(cmc[k]));
            }
            s.append("]}");
        }
        s.append(experiments.isEmpty() ? "],\n" : "\n  ],\n");
        s.append("  \"failures\": [");
        for (int i = 0; i < model.failures().size(); i++) {
            Failure f = model.failures().get(i);
            s.append(i == 0 ? "\n    " : ",\n    ");
            s.append("{\"subject\": ").append(Json.string(f.subject())).append(", \"stage\": ")
                    .append(Json.string(f.stage())).append(", \"reason\": ").append(Json.string(f.reason()))
                    .append('}');
        }
        s.append(model.failures().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return s.toString();
    }

    private static String pair(ConfidenceInterval ci) {
        return "[" + Json.number(ci.low()) + ", " + Json.number(ci.high()) + "]";
    }

    static String ranksCsv(ReportModel model) {
        StringBuilder s = new StringBuilder("experiment,probe,gallery,embedder,subject,rank,status\n");
        for (ExperimentReport e : model.experiments()) {
            for (ProbeOutcome p : e.probes()) {
                s.append(csv(e.name())).append(',').append(csv(e.probe())).append(',').append(csv(e.gallery()))
                        .append(',').append(csv(e.embedder())).append(',').append(csv(p.subject())).append(',')
                        .append(p.rank() == IdentificationResult.MISSED ? "" : Integer.toString(p.rank()))
                        .append(',').append(csv(p.status())).append('\n');
            }
        }
        return s.toString();
    }

    /** RFC 4180 field; a leading formula character is prefixed with ' so spreadsheets do not evaluate it. */
    private static String csv(String field) {
        String f = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
        if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
            return '"' + f.replace("\"", "\"\"") + '"';
        }
        return f;
    }

    static String html(ReportModel model, List<ExperimentReport> headlines) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(model.title())).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("th,td{border:1px solid #bbb;padding:4px 8px;text-align:right}th{background:#eee}")
                .append("td.text{text-align:left}tr.headline{background:#fff3cd}")
                .append(".subject{display:inline-block;margin:8px;padding:6px;border:1px solid #ccc;vertical-align:top}")
                .append(".subject img{width:160px;height:160px;object-fit:contain;background:#000;margin:2px}")
                .append("figure{display:inline-block;margin:0 4px;text-align:center}")
                .append("figcaption{font-size:12px}\n</style>\n</head>\n<body>\n");
        s.append("<h1>").append(Html.escape(model.title())).append("</h1>\n");
        s.append("<section id=\"cohort\"><h2>Cohort</h2>\n<p>").append(Html.escape(model.cohort().description()))
                .append("</p>\n<table class=\"cohort\">\n");
        for (Map.Entry<String, String> fact : model.cohort().facts().entrySet()) {
            s.append("<tr><th>").append(Html.escape(fact.getKey())).append("</th><td class=\"text\">")
                    .append(Html.escape(fact.getValue())).append("</td></tr>\n");
        }
        s.append("</table></section>\n");
        appendResults(s, model, headlines);
        appendSubjects(s, model);
        s.append("<section id=\"failures\"><h2>Failures</h2>\n");
        if (model.failures().isEmpty()) {
            s.append("<p>None.</p>\n");
        } else {
            s.append("<table class=\"failures\"><tr><th>subject</th><th>stage</th><th>reason</th></tr>\n");
            for (Failure f : model.failures()) {
                s.append("<tr><td class=\"text\">").append(Html.escape(f.subject())).append("</td><td class=\"text\">")
                        .append(Html.escape(f.stage())).append("</td><td class=\"text\">").append(Html.escape(f.reason()))
                        .append("</td></tr>\n");
            }
            s.append("</table>\n");
        }
        return s.append("</section>\n</body>\n</html>\n").toString();
    }

    private static void appendResults(StringBuilder s, ReportModel model, List<ExperimentReport> headlines) {
        s.append("<section id=\"results\"><h2>Re-identification</h2>\n<p>Highlighted: the best method of each "
                + "experiment (headline risk). Brackets: bootstrap 95% confidence intervals over probes. Probes "
                + "without a face count as misses.</p>\n");
        Map<String, List<ExperimentReport>> byName = new LinkedHashMap<>();
        for (ExperimentReport e : model.experiments()) {
            byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<ExperimentReport>> group : byName.entrySet()) {
            List<ExperimentReport> methods = group.getValue();
            ExperimentReport first = methods.get(0);
            s.append("<h3>").append(Html.escape(group.getKey())).append(": ").append(Html.escape(first.probe()))
                    .append(" vs ").append(Html.escape(first.gallery())).append("</h3>\n");
            s.append("<table class=\"metrics\" data-experiment=\"").append(Html.escape(group.getKey())).append("\">\n")
                    .append("<tr><th>method</th><th>n probes</th><th>gallery</th><th>top-1</th><th>top-5</th>")
                    .append("<th>top-10</th><th>AUC</th><th>EER</th></tr>\n");
            for (ExperimentReport e : methods) {
                ExperimentMetrics m = ExperimentMetrics.of(e.identification(), e.verification());
                boolean headline = headlines.contains(e);
                s.append(headline ? "<tr class=\"headline\">" : "<tr>").append("<td class=\"text\">")
                        .append(Html.escape(e.embedder())).append(headline ? " (headline)" : "").append("</td><td>")
                        .append(e.probes().size()).append("</td><td>").append(e.galleryCount()).append("</td>")
                        .append(cell(m.top1(), e.ci95().top1())).append(cell(m.top5(), e.ci95().top5()))
                        .append(cell(m.top10(), e.ci95().top10())).append(cell(m.auc(), e.ci95().auc()))
                        .append(cell(m.eer(), e.ci95().eer())).append("</tr>\n");
            }
            s.append("</table>\n").append(CmcPlot.svg(group.getKey(), methods));
        }
        s.append("</section>\n");
    }

    private static String cell(double value, ConfidenceInterval ci) {
        return String.format(Locale.ROOT, "<td>%s <small>[%s, %s]</small></td>", fixed(value), fixed(ci.low()),
                fixed(ci.high()));
    }

    private static String fixed(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static void appendSubjects(StringBuilder s, ReportModel model) {
        s.append("<section id=\"subjects\"><h2>Subjects</h2>\n");
        for (SubjectRenders subject : model.subjects()) {
            s.append("<div class=\"subject\"><div><b>").append(Html.escape(subject.subject())).append("</b></div>\n");
            s.append(figure(subject.probePng(), subject.probeLabel()));
            s.append(figure(subject.galleryPng(), subject.galleryLabel()));
            s.append("<div class=\"ranks\">");
            for (ExperimentReport e : model.experiments()) {
                for (ProbeOutcome p : e.probes()) {
                    if (p.subject().equals(subject.subject())) {
                        s.append("<div>").append(Html.escape(e.name() + " / " + e.embedder())).append(": ")
                                .append(p.rank() == IdentificationResult.MISSED ? "missed (" + Html.escape(p.status())
                                        + ")" : "rank " + p.rank())
                                .append("</div>");
                    }
                }
            }
            s.append("</div></div>\n");
        }
        s.append("</section>\n");
    }

    private static String figure(byte[] png, String label) {
        String image = png == null ? "<div>no render</div>"
                : "<img alt=\"" + Html.escape(label) + "\" src=\"data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(png) + "\">";
        return "<figure>" + image + "<figcaption>" + Html.escape(label) + "</figcaption></figure>\n";
    }
}
