package org.petface.knime.matcher;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;

/** The column layout of the Face Matcher's two output tables. */
final class MatcherTables {

    static final String PROBE_ROW = "Probe row";
    static final String IDENTITY = "Identity";
    static final String RANK = "Rank";
    static final String STATUS = "Status";
    static final String REASON = "Reason";

    static final String PROBES = "Probes";
    static final String GALLERY = "Gallery identities";
    static final String[] METRICS = {"Top-1", "Top-5", "Top-10", "AUC", "EER"};

    static final DataTableSpec RANKS = new DataTableSpec("Ranks",
        new DataColumnSpecCreator(PROBE_ROW, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(IDENTITY, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(RANK, IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator(STATUS, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(REASON, StringCell.TYPE).createSpec());

    static final DataTableSpec METRICS_SPEC = metricsSpec();

    private MatcherTables() {
    }

    private static DataTableSpec metricsSpec() {
        final DataColumnSpecCreator[] columns = new DataColumnSpecCreator[3 + 3 * METRICS.length];
        columns[0] = new DataColumnSpecCreator(PROBES, IntCell.TYPE);
        columns[1] = new DataColumnSpecCreator(GALLERY, IntCell.TYPE);
        columns[2] = new DataColumnSpecCreator("Confidence level", DoubleCell.TYPE);
        for (int i = 0; i < METRICS.length; i++) {
            columns[3 + 3 * i] = new DataColumnSpecCreator(METRICS[i], DoubleCell.TYPE);
            columns[4 + 3 * i] = new DataColumnSpecCreator(METRICS[i] + " CI low", DoubleCell.TYPE);
            columns[5 + 3 * i] = new DataColumnSpecCreator(METRICS[i] + " CI high", DoubleCell.TYPE);
        }
        final var specs = new org.knime.core.data.DataColumnSpec[columns.length];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = columns[i].createSpec();
        }
        return new DataTableSpec("Metrics", specs);
    }
}
