package org.knime.core.node;

import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Drives a NodeModel the way KNIME's framework does (configure, execute, settings), on in-memory tables of the
 * stub. It lives in KNIME's package because the framework calls the models' protected methods from there.
 */
public final class NodeHarness {

    private NodeHarness() {
    }

    public static ExecutionContext newExecutionContext() {
        return new ExecutionContext();
    }

    public static void requestCancel(final ExecutionMonitor exec) {
        exec.requestCancel();
    }

    public static double lastProgress(final ExecutionMonitor exec) {
        return exec.lastProgress();
    }

    public static BufferedDataTable table(final DataTableSpec spec, final List<DataRow> rows) {
        final BufferedDataContainer container = newExecutionContext().createDataContainer(spec);
        rows.forEach(container::addRowToTable);
        container.close();
        return container.getTable();
    }

    public static PortObjectSpec[] configure(final NodeModel model, final PortObjectSpec... inSpecs)
        throws InvalidSettingsException {
        return model.configure(inSpecs);
    }

    public static BufferedDataTable execute(final NodeModel model, final ExecutionContext exec,
        final PortObject... inObjects) throws Exception {
        final PortObject[] out = model.execute(inObjects, exec);
        return (BufferedDataTable)out[0];
    }

    public static BufferedDataTable[] executeAll(final NodeModel model, final ExecutionContext exec,
        final PortObject... inObjects) throws Exception {
        final PortObject[] out = model.execute(inObjects, exec);
        final BufferedDataTable[] tables = new BufferedDataTable[out.length];
        for (int i = 0; i < out.length; i++) {
            tables[i] = (BufferedDataTable)out[i];
        }
        return tables;
    }

    public static void saveSettings(final NodeModel model, final NodeSettingsWO settings) {
        model.saveSettingsTo(settings);
    }

    /** As the framework applies settings: validate first, load only if valid. */
    public static void loadSettings(final NodeModel model, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        model.validateSettings(settings);
        model.loadValidatedSettingsFrom(settings);
    }

    public static int inPorts(final NodeModel model) {
        return model.getNrInPorts();
    }

    public static int outPorts(final NodeModel model) {
        return model.getNrOutPorts();
    }

    public static String warning(final NodeModel model) {
        return model.getWarningMessage();
    }
}
