package org.petface.knime.surface;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.common.InputColumns;
import org.petface.knime.data.VolumeValue;
import org.petface.knime.common.ParametersNodeModel;

/**
 * Extracts the skin surface of every row's volume (stage 3). Rows run in parallel; a row that fails gets a missing
 * mesh and an ERROR status; the node fails only when every row fails.
 */
final class SurfaceExtractorNodeModel extends ParametersNodeModel<SurfaceExtractorNodeParameters> {

    SurfaceExtractorNodeModel() {
        super(1, 1, SurfaceExtractorNodeParameters.class, new SurfaceExtractorNodeParameters());
    }

    private SurfaceCellFactory cellFactory(final DataTableSpec spec) throws InvalidSettingsException {
        final int volume = InputColumns.require(spec, parameters().m_volumeColumn, VolumeValue.class, "Volume column",
            "connect the output of a Volume Reconstructor node.");
        return new SurfaceCellFactory(spec, volume, parameters());
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

}
