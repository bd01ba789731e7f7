package org.petface.knime.common;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;

/**
 * A row-wise stage node: one table in, the same table with the stage's columns appended out. The spec is known at
 * configure time; a failed row becomes a status row with a warning, and the node fails only when every row fails.
 *
 * @param <P> the node's parameters
 */
public abstract class StageNodeModel<P extends NodeParameters> extends ParametersNodeModel<P> {

    private final String m_noRowWorked;

    /** @param noRowWorked the error when every row fails, e.g. "No row gave a surface" */
    protected StageNodeModel(final Class<P> parametersClass, final P defaults, final String noRowWorked) {
        super(1, 1, parametersClass, defaults);
        m_noRowWorked = noRowWorked;
    }

    /** The stage's cell factory for this input, checking the settings against it. */
    protected abstract StageCellFactory cellFactory(DataTableSpec spec) throws InvalidSettingsException;

    @Override
    protected final DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        final ColumnRearranger rearranger = new ColumnRearranger(inSpecs[0]);
        rearranger.append(cellFactory(inSpecs[0]));
        return new DataTableSpec[]{rearranger.createSpec()};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        return new BufferedDataTable[]{appendColumns(inData[0], cellFactory(inData[0].getDataTableSpec()), exec)};
    }

    /** Runs the factory over the table; warns about failed rows, fails when none worked. */
    protected final BufferedDataTable appendColumns(final BufferedDataTable input, final StageCellFactory factory,
        final ExecutionContext exec) throws CanceledExecutionException {
        final ColumnRearranger rearranger = new ColumnRearranger(input.getDataTableSpec());
        rearranger.append(factory);
        final BufferedDataTable out = exec.createColumnRearrangeTable(input, rearranger, exec);
        final String warning = factory.failures().check(input.size(), m_noRowWorked);
        if (warning != null) {
            setWarningMessage(warning);
        }
        return out;
    }
}
