package org.petface.knime.render;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.common.InputColumns;
import org.petface.knime.data.MeshValue;
import org.petface.knime.common.StageNodeModel;

/**
 * Renders the face of every row's mesh (stage 4). Rows run in parallel; a row that fails gets missing images
 * and an ERROR status; the node fails only when every row fails.
 */
final class FaceRendererNodeModel extends StageNodeModel<FaceRendererNodeParameters> {

    FaceRendererNodeModel() {
        super(FaceRendererNodeParameters.class, new FaceRendererNodeParameters(), "No row could be rendered");
    }

    @Override
    protected RenderCellFactory cellFactory(final DataTableSpec spec) throws InvalidSettingsException {
        final int mesh = InputColumns.require(spec, parameters().m_meshColumn, MeshValue.class, "Mesh column",
            "connect the output of a Surface Extractor node.");
        return new RenderCellFactory(spec, mesh, parameters());
    }
}
