package org.petface.knime.matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.MissingCell;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.common.InputColumns;
import org.petface.matcher.Bootstrap;
import org.petface.matcher.ConfidenceInterval;
import org.petface.matcher.ExperimentMetrics;
import org.petface.matcher.Identification;
import org.petface.matcher.IdentificationResult;
import org.petface.matcher.MetricIntervals;
import org.petface.matcher.ProbeScores;
import org.petface.matcher.RocPoint;
import org.petface.matcher.SimilarityMatrix;
import org.petface.matcher.VectorMatcher;
import org.petface.matcher.Verification;
import org.petface.matcher.VerificationResult;
import org.petface.knime.common.ParametersNodeModel;

/**
 * Closed-set identification and verification of probe embeddings against a gallery (stage 6): the rank of every
 * probe's true identity, and top-1/5/10, ROC AUC and EER with bootstrap confidence intervals. A probe without an
 * embedding stays in the denominator as a miss, as in the engine; gallery rows without one are left out with a warning.
 * The third output is the ROC curve, so the Re-identification Report node can draw it.
 */
final class FaceMatcherNodeModel extends ParametersNodeModel<FaceMatcherNodeParameters> {

    private static final String HINT = "connect the output of a Face Embedder node.";

    FaceMatcherNodeModel() {
        super(2, 3, FaceMatcherNodeParameters.class, new FaceMatcherNodeParameters());
    }

    /** The rows of one side that pass the selection pattern: key, identity, vector (null when missing) and why. */
    private record Side(List<String> keys, List<String> identities, List<float[]> vectors, List<String> reasons) {

        int usable() {
            return (int)vectors.stream().filter(v -> v != null).count();
        }
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        checkInput(inSpecs[0], "probe");
        checkInput(inSpecs[1], "gallery");
        return new DataTableSpec[]{MatcherTables.RANKS, MatcherTables.METRICS_SPEC, MatcherTables.ROC};
    }

    private void checkInput(final DataTableSpec spec, final String side) throws InvalidSettingsException {
        final String hint = HINT + " (" + side + " table)";
        InputColumns.require(spec, parameters().m_identityColumn, StringValue.class, "Identity column", hint);
        InputColumns.require(spec, parameters().m_embeddingColumn, DoubleVectorValue.class, "Embedding column", hint);
        if (!parameters().m_selectionColumn.isBlank()) {
            InputColumns.require(spec, parameters().m_selectionColumn, StringValue.class, "Selection column", hint);
        }
    }

    private Side read(final BufferedDataTable table, final String pattern, final ExecutionMonitor exec)
        throws Exception {
        final DataTableSpec spec = table.getDataTableSpec();
        final int identity = spec.findColumnIndex(parameters().m_identityColumn);
        final int embedding = spec.findColumnIndex(parameters().m_embeddingColumn);
        final int selection =
            parameters().m_selectionColumn.isBlank() || pattern.isEmpty() ? -1
                : spec.findColumnIndex(parameters().m_selectionColumn);
        final Pattern selected = Pattern.compile(pattern);
        final Side side = new Side(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (final DataRow row : table) {
            exec.checkCanceled();
            if (selection >= 0 && !selected.matcher(text(row.getCell(selection))).matches()) {
                continue;
            }
            final String id = text(row.getCell(identity));
            final DataCell vector = row.getCell(embedding);
            side.keys().add(row.getKey().getString());
            side.identities().add(id);
            if (id.isEmpty()) {
                side.vectors().add(null);
                side.reasons().add("no identity in this row");
            } else if (vector.isMissing()) {
                side.vectors().add(null);
                side.reasons().add("no embedding in this row");
            } else {
                side.vectors().add(toFloats((DoubleVectorValue)vector));
                side.reasons().add("");
            }
        }
        return side;
    }

    private static String text(final DataCell cell) {
        return cell.isMissing() ? "" : ((StringValue)cell).getStringValue();
    }

    private static float[] toFloats(final DoubleVectorValue vector) {
        final float[] values = new float[vector.getLength()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float)vector.getValue(i);
        }
        return values;
    }

    private static <T> List<T> usable(final Side side, final List<T> values) {
        final List<T> kept = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (side.vectors().get(i) != null) {
                kept.add(values.get(i));
            }
        }
        return kept;
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        checkInput(inData[0].getDataTableSpec(), "probe");
        checkInput(inData[1].getDataTableSpec(), "gallery");
        final Side probes = read(inData[0], parameters().m_probePattern, exec);
        final Side gallery = read(inData[1], parameters().m_galleryPattern, exec);
        if (probes.usable() == 0) {
            throw new IllegalStateException("No probe row with an identity and an embedding" + selectionNote(
                parameters().m_probePattern));
        }
        if (gallery.usable() == 0) {
            throw new IllegalStateException("No gallery row with an identity and an embedding" + selectionNote(
                parameters().m_galleryPattern));
        }
        exec.setProgress(0.1, "Comparing " + probes.usable() + " probes with " + gallery.usable() + " gallery rows");
        final List<String> probeIds = usable(probes, probes.identities());
        final List<String> galleryIds = usable(gallery, gallery.identities());
        final SimilarityMatrix scores = VectorMatcher.applyVectors(usable(probes, probes.vectors()),
            usable(gallery, gallery.vectors()), parameters().similarity());
        exec.checkCanceled();
        final int missed = probes.keys().size() - probes.usable();
        final IdentificationResult identification =
            Identification.apply(scores, probeIds, galleryIds).withMissedProbes(missed);
        final ProbeScores probeScores = ProbeScores.from(scores, probeIds, galleryIds).withMissedProbes(missed);
        final VerificationResult verification = Verification.apply(probeScores);
        exec.setProgress(0.5, "Bootstrap confidence intervals");
        final MetricIntervals intervals = Bootstrap.apply(identification, probeScores, parameters().bootstrap());
        exec.checkCanceled();
        final int skippedGallery = gallery.keys().size() - gallery.usable();
        if (skippedGallery > 0) {
            setWarningMessage(skippedGallery + " gallery row(s) without identity or embedding were left out");
        }
        return new BufferedDataTable[]{ranks(probes, identification, exec),
            metrics(identification, verification, intervals, exec), roc(verification, exec)};
    }

    private String selectionNote(final String pattern) {
        return parameters().m_selectionColumn.isBlank() || pattern.isEmpty() ? "."
            : " whose " + parameters().m_selectionColumn + " matches \"" + pattern + "\".";
    }

    private static BufferedDataTable ranks(final Side probes, final IdentificationResult identification,
        final ExecutionContext exec) {
        final BufferedDataContainer out = exec.createDataContainer(MatcherTables.RANKS);
        final int[] ranks = identification.ranks();
        int ranked = 0;
        int missed = probes.usable();
        for (int i = 0; i < probes.keys().size(); i++) {
            final boolean usable = probes.vectors().get(i) != null;
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
