package org.petface.knime.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortType;
import org.petface.knime.common.InputColumns;
import org.petface.knime.matcher.MatcherTables;
import org.petface.matcher.ConfidenceInterval;
import org.petface.matcher.IdentificationResult;
import org.petface.matcher.MetricIntervals;
import org.petface.matcher.RocPoint;
import org.petface.matcher.VerificationResult;
import org.petface.matcher.report.CohortSummary;
import org.petface.matcher.report.ExperimentReport;
import org.petface.matcher.report.Failure;
import org.petface.matcher.report.ProbeOutcome;
import org.petface.matcher.report.ReportFiles;
import org.petface.matcher.report.ReportModel;
import org.petface.matcher.report.ReportWriter;
import org.petface.matcher.report.SubjectRenders;
import org.petface.knime.common.ParametersNodeModel;

/**
 * Writes the HTML re-identification report (with metrics.json and ranks.csv) from the three outputs of a Face Matcher
 * node: the ranks become the identification result, the metrics row the rates and intervals, the ROC table the curve.
 * An optional fourth input (e.g. the Face Renderer's output) puts each subject's probe render beside its gallery
 * render.
 */
final class ReidentificationReportNodeModel extends ParametersNodeModel<ReidentificationReportNodeParameters> {

    static final String HTML = "Report";
    static final String METRICS_JSON = "Metrics JSON";
    static final String RANKS_CSV = "Ranks CSV";

    static final DataTableSpec FILES = new DataTableSpec("Report files",
        new DataColumnSpecCreator(HTML, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(METRICS_JSON, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(RANKS_CSV, StringCell.TYPE).createSpec());

    private static final String HINT = "connect the outputs of a Face Matcher node";

    ReidentificationReportNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE,
            BufferedDataTable.TYPE_OPTIONAL}, new PortType[]{BufferedDataTable.TYPE},
            ReidentificationReportNodeParameters.class, new ReidentificationReportNodeParameters());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        parameters().validate();
        checkInputs(inSpecs);
        if (inSpecs.length > 3 && inSpecs[3] != null) {
            new ReportRenders(parameters()).check(inSpecs[3]);
        }
        return new DataTableSpec[]{FILES};
    }

    private static void checkInputs(final DataTableSpec[] specs) throws InvalidSettingsException {
        require(specs[0], MatcherTables.IDENTITY, StringValue.class, "ranks");
        require(specs[0], MatcherTables.RANK, IntValue.class, "ranks");
        require(specs[0], MatcherTables.STATUS, StringValue.class, "ranks");
        require(specs[0], MatcherTables.REASON, StringValue.class, "ranks");
        require(specs[1], MatcherTables.GALLERY, IntValue.class, "metrics");
        require(specs[1], MatcherTables.GENUINE, LongValue.class, "metrics");
        require(specs[1], MatcherTables.IMPOSTOR, LongValue.class, "metrics");
        require(specs[1], MatcherTables.LEVEL, DoubleValue.class, "metrics");
        for (final String metric : MatcherTables.METRICS) {
            require(specs[1], metric, DoubleValue.class, "metrics");
            require(specs[1], metric + MatcherTables.CI_LOW, DoubleValue.class, "metrics");
            require(specs[1], metric + MatcherTables.CI_HIGH, DoubleValue.class, "metrics");
        }
        require(specs[2], MatcherTables.FALSE_POSITIVE_RATE, DoubleValue.class, "ROC");
        require(specs[2], MatcherTables.TRUE_POSITIVE_RATE, DoubleValue.class, "ROC");
    }

    private static void require(final DataTableSpec spec, final String column,
        final Class<? extends DataValue> valueClass, final String port) throws InvalidSettingsException {
        InputColumns.require(spec, column, valueClass, port + " input", HINT + " (" + port + " port).");
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        checkInputs(new DataTableSpec[]{inData[0].getDataTableSpec(), inData[1].getDataTableSpec(),
            inData[2].getDataTableSpec()});
        if (inData[1].size() != 1) {
            throw new IllegalStateException("The metrics input must have exactly one row (the Face Matcher's), has "
                + inData[1].size());
        }
        final DataRow metrics = inData[1].iterator().next();
        final DataTableSpec metricsSpec = inData[1].getDataTableSpec();
        final int galleryIdentities = integer(metrics, metricsSpec, MatcherTables.GALLERY);
        final List<ProbeOutcome> probes = new ArrayList<>();
        final List<Failure> failures = new ArrayList<>();
        readRanks(inData[0], probes, failures, exec);
        final int[] ranks = probes.stream().mapToInt(ProbeOutcome::rank).toArray();
        final IdentificationResult identification = new IdentificationResult(ranks, galleryIdentities);
        final VerificationResult verification = new VerificationResult(readRoc(inData[2]),
            real(metrics, metricsSpec, "AUC"), real(metrics, metricsSpec, "EER"),
            ((LongValue)cell(metrics, metricsSpec, MatcherTables.GENUINE)).getLongValue(),
            ((LongValue)cell(metrics, metricsSpec, MatcherTables.IMPOSTOR)).getLongValue());
        final double level = real(metrics, metricsSpec, MatcherTables.LEVEL);
        final MetricIntervals intervals = new MetricIntervals(interval(metrics, metricsSpec, "Top-1", level),
            interval(metrics, metricsSpec, "Top-5", level), interval(metrics, metricsSpec, "Top-10", level),
            interval(metrics, metricsSpec, "AUC", level), interval(metrics, metricsSpec, "EER", level));
        final ExperimentReport experiment = new ExperimentReport(parameters().m_experiment, parameters().m_probe,
            parameters().m_gallery, parameters().m_embedder, galleryIdentities, probes, identification, verification,
            intervals);
        final Map<String, String> facts = new LinkedHashMap<>();
        facts.put("probes", Integer.toString(probes.size()));
        facts.put("gallery identities", Integer.toString(galleryIdentities));
        final List<SubjectRenders> renders = inData.length > 3 && inData[3] != null
            ? new ReportRenders(parameters()).read(inData[3], probes.stream().map(ProbeOutcome::subject).toList(), exec)
            : List.of();
        final ReportModel model = new ReportModel(parameters().m_title,
            new CohortSummary(parameters().m_cohortDescription, facts), List.of(experiment), renders, failures);
        exec.setProgress(0.5, "Writing the report");
        final ReportFiles files = ReportWriter.write(model, Path.of(parameters().m_outputFolder));
        final BufferedDataContainer out = exec.createDataContainer(FILES);
        out.addRowToTable(new DefaultRow("Report", new StringCell(files.html().toString()),
            new StringCell(files.metricsJson().toString()), new StringCell(files.ranksCsv().toString())));
        out.close();
        return new BufferedDataTable[]{out.getTable()};
    }

    private static void readRanks(final BufferedDataTable ranks, final List<ProbeOutcome> probes,
        final List<Failure> failures, final ExecutionMonitor exec) throws Exception {
        final DataTableSpec spec = ranks.getDataTableSpec();
        for (final DataRow row : ranks) {
            exec.checkCanceled();
            final String identity = text(cell(row, spec, MatcherTables.IDENTITY));
            final DataCell rank = cell(row, spec, MatcherTables.RANK);
            final String status = text(cell(row, spec, MatcherTables.STATUS));
            final String reason = text(cell(row, spec, MatcherTables.REASON));
            probes.add(new ProbeOutcome(identity,
                rank.isMissing() ? IdentificationResult.MISSED : ((IntValue)rank).getIntValue(), status));
            if (!reason.isEmpty()) {
                failures.add(new Failure(identity, "matcher input", reason));
            }
        }
    }

    private static List<RocPoint> readRoc(final BufferedDataTable roc) {
        final DataTableSpec spec = roc.getDataTableSpec();
        final List<RocPoint> points = new ArrayList<>();
        for (final DataRow row : roc) {
            points.add(new RocPoint(real(row, spec, MatcherTables.FALSE_POSITIVE_RATE),
                real(row, spec, MatcherTables.TRUE_POSITIVE_RATE)));
        }
        return points;
    }

    private static ConfidenceInterval interval(final DataRow row, final DataTableSpec spec, final String metric,
        final double level) {
        return new ConfidenceInterval(real(row, spec, metric + MatcherTables.CI_LOW),
            real(row, spec, metric + MatcherTables.CI_HIGH), level);
    }

    private static DataCell cell(final DataRow row, final DataTableSpec spec, final String column) {
        return row.getCell(spec.findColumnIndex(column));
    }

    private static double real(final DataRow row, final DataTableSpec spec, final String column) {
        final DataCell cell = cell(row, spec, column);
        return cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
    }

    private static int integer(final DataRow row, final DataTableSpec spec, final String column) {
        return ((IntValue)cell(row, spec, column)).getIntValue();
    }

    private static String text(final DataCell cell) {
        return cell.isMissing() ? "" : ((StringValue)cell).getStringValue();
    }

}
