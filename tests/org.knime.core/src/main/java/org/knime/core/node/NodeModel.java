package org.knime.core.node;

import java.io.File;
import java.io.IOException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/NodeModel.java
public abstract class NodeModel implements AbstractNodeView.ViewableModel {

    // Constructors do nothing in the stub so node models can be instantiated in tests.
    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
    }

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
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
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected final int getNrOutPorts() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected void onDispose() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected final void setWarningMessage(final String warningMessage) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected final String getWarningMessage() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected final NodeLogger getLogger() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
