package org.petface.knime.matcher;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;

/** The column layout of the Face Matcher's two output tables. */
public final class MatcherTables {

    public static final String PROBE_ROW = "Probe row";
    public static final String IDENTITY = "Identity";
    public static final String RANK = "Rank";
    public static final String STATUS = "Status";
    public static final String REASON = "Reason";

    public static final String FALSE_POSITIVE_RATE = "False positive rate";
    public static final String TRUE_POSITIVE_RATE = "True positive rate";

    public static final String PROBES = "Probes";
    public static final String GENUINE = "Genuine pairs";
    public static final String IMPOSTOR = "Impostor pairs";
    public static final String GALLERY = "Gallery identities";
    public static final String LEVEL = "Confidence level";
    public static final String CI_LOW = " CI low";
    public static final String CI_HIGH = " CI high";
    public static final String[] METRICS = {"Top-1", "Top-5", "Top-10", "AUC", "EER"};

    public static final DataTableSpec RANKS = new DataTableSpec("Ranks",
        new DataColumnSpecCreator(PROBE_ROW, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(IDENTITY, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(RANK, IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator(STATUS, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(REASON, StringCell.TYPE).createSpec());

    public static final DataTableSpec METRICS_SPEC = metricsSpec();

    public static final DataTableSpec ROC = new DataTableSpec("ROC",
        new DataColumnSpecCreator(FALSE_POSITIVE_RATE, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(TRUE_POSITIVE_RATE, DoubleCell.TYPE).createSpec());

    /** Columns before the metrics: probes, gallery identities, genuine and impostor pairs, confidence level. */
    public static final int FIRST_METRIC = 5;

    private MatcherTables() {
    }

    private static DataTableSpec metricsSpec() {
        final DataColumnSpecCreator[] columns = new DataColumnSpecCreator[FIRST_METRIC + 3 * METRICS.length];
        columns[0] = new DataColumnSpecCreator(PROBES, IntCell.TYPE);
        columns[1] = new DataColumnSpecCreator(GALLERY, IntCell.TYPE);
        columns[2] = new DataColumnSpecCreator(GENUINE, LongCell.TYPE);
        columns[3] = new DataColumnSpecCreator(IMPOSTOR, LongCell.TYPE);
        columns[4] = new DataColumnSpecCreator(LEVEL, DoubleCell.TYPE);
        for (int i = 0; i < METRICS.length; i++) {
            columns[FIRST_METRIC + 3 * i] = new DataColumnSpecCreator(METRICS[i], DoubleCell.TYPE);
            columns[FIRST_METRIC + 1 + 3 * i] = new DataColumnSpecCreator(METRICS[i] + CI_LOW, DoubleCell.TYPE);
            columns[FIRST_METRIC + 2 + 3 * i] = new DataColumnSpecCreator(METRICS[i] + CI_HIGH, DoubleCell.TYPE);
        }
        final DataColumnSpec[] specs = new DataColumnSpec[columns.length];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = columns[i].createSpec();
        }
        return new DataTableSpec("Metrics", specs);
    }
}
