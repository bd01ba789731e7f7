package org.petface.knime.matcher;

import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.petface.knime.common.ParametersNodeModel;
import org.petface.knime.matcher.MatchSides.Role;
import org.petface.knime.matcher.MatchSides.Side;
import org.petface.matcher.BootstrapOptions;
import org.petface.matcher.SimilarityMatrix;

/**
 * A matcher node: probe table and gallery table in, the ranks, metrics and ROC tables of {@link MatcherTables} out.
 * A subclass says how its value column is read and how the usable probes are scored against the usable gallery; the
 * node fails only when the selection leaves no probe row or no gallery row is usable; unusable probes are misses.
 *
 * @param <P> the node's parameters
 * @param <T> what the node matches (an embedding, a prepared face)
 */
abstract class MatchNodeModel<P extends NodeParameters, T> extends ParametersNodeModel<P> {

    /** Share of the progress bar for reading the two tables; scoring takes most of the rest. */
    private static final double READING = 0.2;

    private static final double SCORING = 0.7;

    MatchNodeModel(final Class<P> parametersClass, final P defaults) {
        super(2, 3, parametersClass, defaults);
    }

    /** The probe and gallery reader for the current settings. */
    abstract MatchSides<T> sides();

    abstract BootstrapOptions bootstrap() throws InvalidSettingsException;

    /** Scores each probe (row) against each gallery item (column); reports progress and honours cancel on exec. */
    abstract SimilarityMatrix scores(List<T> probes, List<T> gallery, ExecutionMonitor exec) throws Exception;

    @Override
    protected final DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        final MatchSides<T> sides = sides();
        sides.check(inSpecs[0], Role.PROBE);
        sides.check(inSpecs[1], Role.GALLERY);
        return new DataTableSpec[]{MatcherTables.RANKS, MatcherTables.METRICS_SPEC, MatcherTables.ROC};
    }

    @Override
    protected final BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        final MatchSides<T> sides = sides();
        sides.check(inData[0].getDataTableSpec(), Role.PROBE);
        sides.check(inData[1].getDataTableSpec(), Role.GALLERY);
        final Side<T> probes = sides.read(inData[0], Role.PROBE, exec.createSubProgress(READING / 2));
        final Side<T> gallery = sides.read(inData[1], Role.GALLERY, exec.createSubProgress(READING / 2));
        sides.requireMatchable(probes, Role.PROBE);
        sides.requireMatchable(gallery, Role.GALLERY);
        exec.setMessage("Comparing " + probes.usable() + " probes with " + gallery.usable() + " gallery rows");
        final SimilarityMatrix scores = probes.usable() == 0 ? new SimilarityMatrix(0, gallery.usable(), new float[0])
            : scores(probes.usableValues(), gallery.usableValues(), exec.createSubProgress(SCORING));
        exec.checkCanceled();
        final BufferedDataTable[] tables = MatchTables.write(probes, gallery, scores, bootstrap(), exec);
        final int leftOut = gallery.size() - gallery.usable();
        if (probes.usable() == 0) {
            setWarningMessage("No probe could be matched: all " + probes.size() + " count as misses; first: "
                + probes.firstUnusable());
        } else if (leftOut > 0) {
            setWarningMessage(leftOut + " gallery row(s) could not be used and were left out; first: "
                + gallery.firstUnusable());
        }
        return tables;
    }
}
