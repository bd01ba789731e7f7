package org.petface.knime.common;

import java.io.File;

import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortType;
import org.knime.node.parameters.NodeParameters;
import org.knime.core.webui.node.dialog.defaultdialog.NodeParametersUtil;

/**
 * The part every petface node model shares: its settings are one {@link NodeParameters} class, persisted and
 * validated through KNIME's NodeParametersUtil, and its output tables (with their file stores) are all its state,
 * so there are no internals to save.
 *
 * @param <P> the node's parameters
 */
public abstract class ParametersNodeModel<P extends NodeParameters> extends NodeModel {

    private final Class<P> m_parametersClass;

    private P m_parameters;

    protected ParametersNodeModel(final int inPorts, final int outPorts, final Class<P> parametersClass,
        final P defaults) {
        super(inPorts, outPorts);
        m_parametersClass = parametersClass;
        m_parameters = defaults;
    }

    protected ParametersNodeModel(final PortType[] inPorts, final PortType[] outPorts, final Class<P> parametersClass,
        final P defaults) {
        super(inPorts, outPorts);
        m_parametersClass = parametersClass;
        m_parameters = defaults;
    }

    /** The current settings. */
    protected final P parameters() {
        return m_parameters;
    }

    @Override
    protected final void saveSettingsTo(final NodeSettingsWO settings) {
        NodeParametersUtil.saveSettings(m_parametersClass, m_parameters, settings);
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeParametersUtil.loadSettings(settings, m_parametersClass).validate();
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_parameters = NodeParametersUtil.loadSettings(settings, m_parametersClass);
    }

    @Override
    protected final void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // the output tables and their file stores are all the state; KNIME stores them
    }

    @Override
    protected final void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // the output tables and their file stores are all the state; KNIME stores them
    }

    @Override
    protected void reset() {
        // nothing is cached between executions; files a node wrote belong to the user and stay
    }
}
