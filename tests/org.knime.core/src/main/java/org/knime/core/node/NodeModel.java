package org.knime.core.node;

import java.io.File;
import java.io.IOException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/NodeModel.java
public abstract class NodeModel implements AbstractNodeView.ViewableModel {

    // Test-harness behaviour: port counts, warning message and the delegation from the port-object variants of
    // configure/execute to the table variants, as in the real class.
    private final int m_nrInPorts;

    private final int m_nrOutPorts;

    private String m_warningMessage;

    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        m_nrInPorts = nrInDataPorts;
        m_nrOutPorts = nrOutDataPorts;
    }

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        this(inPortTypes.length, outPortTypes.length);
    }

    protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveSettingsTo(final NodeSettingsWO settings);

    protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void reset();

    protected final int getNrInPorts() {
        return m_nrInPorts;
    }

    protected final int getNrOutPorts() {
        return m_nrOutPorts;
    }

    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable[] tables = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < inObjects.length; i++) {
            tables[i] = (BufferedDataTable)inObjects[i];
        }
        return execute(tables, exec);
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec[] specs = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < inSpecs.length; i++) {
            specs[i] = (DataTableSpec)inSpecs[i];
        }
        return configure(specs);
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected void onDispose() {
        // nothing to release by default, as in the real class
    }

    protected final void setWarningMessage(final String warningMessage) {
        m_warningMessage = warningMessage;
    }

    protected final String getWarningMessage() {
        return m_warningMessage;
    }

    protected final NodeLogger getLogger() {
        return NodeLogger.getLogger(getClass());
    }
}
