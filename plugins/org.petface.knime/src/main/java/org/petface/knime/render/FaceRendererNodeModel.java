package org.petface.knime.render;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.common.InputColumns;
import org.petface.knime.data.MeshValue;
import org.petface.knime.data.VolumeValue;
import org.petface.render.RenderMethod;
import org.petface.knime.common.StageNodeModel;

/**
 * Renders the face of every row's mesh or volume (stage 4). Rows run in parallel; a row that fails gets missing images
 * and an ERROR status; the node fails only when every row fails.
 */
final class FaceRendererNodeModel extends StageNodeModel<FaceRendererNodeParameters> {

    FaceRendererNodeModel() {
        super(FaceRendererNodeParameters.class, new FaceRendererNodeParameters(), "No row could be rendered");
    }

    @Override
    protected RenderCellFactory cellFactory(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = parameters().m_inputColumn;
        final int column = spec.findColumnIndex(name);
        final boolean volumes = column >= 0 && spec.getColumnSpec(column).getType().isCompatible(VolumeValue.class);
        if (volumes) {
            return new RenderCellFactory(spec, column, true, parameters());
        }
        final int mesh = InputColumns.require(spec, name, MeshValue.class, "Input column",
            "connect the output of a Surface Extractor node (meshes) or a Volume Reconstructor node (volumes).");
        if (parameters().m_method == RenderMethod.RAYCAST) {
            throw new InvalidSettingsException("Option \"Method\": RAYCAST renders from the voxels; column \"" + name
                + "\" holds meshes. Choose a volume column or the MESH method.");
        }
        return new RenderCellFactory(spec, mesh, false, parameters());
    }
}
