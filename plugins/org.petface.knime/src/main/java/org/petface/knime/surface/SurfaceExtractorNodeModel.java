package org.petface.knime.surface;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.common.InputColumns;
import org.petface.knime.data.VolumeValue;
import org.petface.knime.common.StageNodeModel;

/**
 * Extracts the skin surface of every row's volume (stage 3). Rows run in parallel; a row that fails gets a missing
 * mesh and an ERROR status; the node fails only when every row fails.
 */
final class SurfaceExtractorNodeModel extends StageNodeModel<SurfaceExtractorNodeParameters> {

    SurfaceExtractorNodeModel() {
        super(SurfaceExtractorNodeParameters.class, new SurfaceExtractorNodeParameters(), "No row gave a surface");
    }

    @Override
    protected SurfaceCellFactory cellFactory(final DataTableSpec spec) throws InvalidSettingsException {
        final int volume = InputColumns.require(spec, parameters().m_volumeColumn, VolumeValue.class, "Volume column",
            "connect the output of a Volume Reconstructor node.");
        return new SurfaceCellFactory(spec, volume, parameters());
    }
}
