package org.petface.knime.matcher;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.matcher.MatchSides.Side;
import org.petface.matcher.Bootstrap;
import org.petface.matcher.BootstrapOptions;
import org.petface.matcher.ConfidenceInterval;
import org.petface.matcher.ExperimentMetrics;
import org.petface.matcher.Identification;
import org.petface.matcher.IdentificationResult;
import org.petface.matcher.MetricIntervals;
import org.petface.matcher.ProbeScores;
import org.petface.matcher.RocPoint;
import org.petface.matcher.SimilarityMatrix;
import org.petface.matcher.Verification;
import org.petface.matcher.VerificationResult;

/**
 * Writes the three outputs of a matcher node ({@link MatcherTables}) from the scores of its usable probes against its
 * usable gallery rows: closed-set identification (the rank of each probe's identity), verification (ROC, AUC, EER)
 * and percentile bootstrap intervals over the probes. Probes without a value stay in the denominator as misses.
 */
final class MatchTables {

    private MatchTables() {
    }

    /** The bootstrap at the engine's default confidence level; throws naming the option if the values are bad. */
    static BootstrapOptions bootstrap(final int replicates, final long seed) throws InvalidSettingsException {
        try {
            return new BootstrapOptions(replicates, seed, BootstrapOptions.defaults().level());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Option \"Bootstrap resamples\": " + e.getMessage(), e);
        }
    }

    /** @param scores the usable probes (rows) against the usable gallery rows (columns), in table order */
    static BufferedDataTable[] write(final Side<?> probes, final Side<?> gallery, final SimilarityMatrix scores,
        final BootstrapOptions bootstrap, final ExecutionContext exec) throws CanceledExecutionException {
        final List<String> probeIds = probes.usableIdentities();
        final List<String> galleryIds = gallery.usableIdentities();
        final int missed = probes.size() - probes.usable();
        final IdentificationResult identification =
            Identification.apply(scores, probeIds, galleryIds).withMissedProbes(missed);
        final ProbeScores probeScores = ProbeScores.from(scores, probeIds, galleryIds).withMissedProbes(missed);
        final VerificationResult verification = Verification.apply(probeScores);
        exec.checkCanceled();
        exec.setMessage("Bootstrap confidence intervals");
        final MetricIntervals intervals = Bootstrap.apply(identification, probeScores, bootstrap);
        exec.checkCanceled();
        return new BufferedDataTable[]{ranks(probes, identification, exec),
            metrics(identification, verification, intervals, exec), roc(verification, exec)};
    }

    private static BufferedDataTable ranks(final Side<?> probes, final IdentificationResult identification,
        final ExecutionContext exec) {
        final BufferedDataContainer out = exec.createDataContainer(MatcherTables.RANKS);
        final int[] ranks = identification.ranks();
        int ranked = 0;
        // withMissedProbes appends the unusable probes after the usable ones
        int missed = probes.usable();
        for (int i = 0; i < probes.size(); i++) {
            final boolean usable = probes.isUsable(i);
            final int rank = ranks[usable ? ranked++ : missed++];
            final String reason = usable ? (rank == IdentificationResult.MISSED ? "identity not in the gallery" : "")
                : probes.reasons().get(i);
            final DataCell rankCell = rank == IdentificationResult.MISSED ? new MissingCell(reason) : new IntCell(rank);
            out.addRowToTable(new DefaultRow("Probe" + i, new StringCell(probes.keys().get(i)),
                new StringCell(probes.identities().get(i)), rankCell,
                new StringCell(rank == IdentificationResult.MISSED ? "MISSED" : "RANKED"), new StringCell(reason)));
        }
        out.close();
        return out.getTable();
    }

    private static BufferedDataTable metrics(final IdentificationResult identification,
        final VerificationResult verification, final MetricIntervals intervals, final ExecutionContext exec) {
        final ExperimentMetrics m = ExperimentMetrics.of(identification, verification);
        final double[] values = {m.top1(), m.top5(), m.top10(), m.auc(), m.eer()};
        final ConfidenceInterval[] cis =
            {intervals.top1(), intervals.top5(), intervals.top10(), intervals.auc(), intervals.eer()};
        final DataCell[] cells = new DataCell[MatcherTables.METRICS_SPEC.getNumColumns()];
        cells[0] = new IntCell(identification.probeCount());
        cells[1] = new IntCell(identification.galleryIdentities());
        cells[2] = new LongCell(verification.genuineCount());
        cells[3] = new LongCell(verification.impostorCount());
        cells[4] = new DoubleCell(cis[0].level());
        for (int i = 0; i < values.length; i++) {
            cells[MatcherTables.FIRST_METRIC + 3 * i] = new DoubleCell(values[i]);
            cells[MatcherTables.FIRST_METRIC + 1 + 3 * i] = new DoubleCell(cis[i].low());
            cells[MatcherTables.FIRST_METRIC + 2 + 3 * i] = new DoubleCell(cis[i].high());
        }
        final BufferedDataContainer out = exec.createDataContainer(MatcherTables.METRICS_SPEC);
        out.addRowToTable(new DefaultRow("Metrics", cells));
        out.close();
        return out.getTable();
    }

    private static BufferedDataTable roc(final VerificationResult verification, final ExecutionContext exec) {
        final BufferedDataContainer out = exec.createDataContainer(MatcherTables.ROC);
        int i = 0;
        for (final RocPoint point : verification.roc()) {
            out.addRowToTable(new DefaultRow("Point" + i++, new DoubleCell(point.falsePositiveRate()),
                new DoubleCell(point.truePositiveRate())));
        }
        out.close();
        return out.getTable();
    }
}
