package org.petface.knime.surface;

import java.io.File;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.webui.node.dialog.defaultdialog.NodeParametersUtil;
import org.petface.knime.common.InputColumns;
import org.petface.knime.data.VolumeValue;

/**
 * Extracts the skin surface of every row's volume (stage 3). Rows run in parallel; a row that fails gets a missing
 * mesh and an ERROR status; the node fails only when every row fails.
 */
final class SurfaceExtractorNodeModel extends NodeModel {

    private SurfaceExtractorNodeParameters m_parameters = new SurfaceExtractorNodeParameters();

    SurfaceExtractorNodeModel() {
        super(1, 1);
    }

    private SurfaceCellFactory cellFactory(final DataTableSpec spec) throws InvalidSettingsException {
        final int volume = InputColumns.require(spec, m_parameters.m_volumeColumn, VolumeValue.class, "Volume column",
            "connect the output of a Volume Reconstructor node.");
        return new SurfaceCellFactory(spec, volume, m_parameters);
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        final ColumnRearranger rearranger = new ColumnRearranger(inSpecs[0]);
        rearranger.append(cellFactory(inSpecs[0]));
        return new DataTableSpec[]{rearranger.createSpec()};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        final SurfaceCellFactory factory = cellFactory(inData[0].getDataTableSpec());
        final ColumnRearranger rearranger = new ColumnRearranger(inData[0].getDataTableSpec());
        rearranger.append(factory);
        final BufferedDataTable out = exec.createColumnRearrangeTable(inData[0], rearranger, exec);
        final String warning = factory.failures().check(inData[0].size(), "No row gave a surface");
        if (warning != null) {
            setWarningMessage(warning);
        }
        return new BufferedDataTable[]{out};
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settings) {
        NodeParametersUtil.saveSettings(SurfaceExtractorNodeParameters.class, m_parameters, settings);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeParametersUtil.loadSettings(settings, SurfaceExtractorNodeParameters.class).validate();
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_parameters = NodeParametersUtil.loadSettings(settings, SurfaceExtractorNodeParameters.class);
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // the output table and its file stores are all the state; KNIME stores them
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // the output table and its file stores are all the state; KNIME stores them
    }

    @Override
    protected void reset() {
        // nothing cached between executions
    }
}
