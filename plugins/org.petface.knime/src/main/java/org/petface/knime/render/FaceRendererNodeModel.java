package org.petface.knime.render;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.common.InputColumns;
import org.petface.knime.data.MeshValue;
import org.petface.knime.common.ParametersNodeModel;

/**
 * Renders the face of every row's mesh (stage 4). Rows run in parallel; a row that fails gets missing images
 * and an ERROR status; the node fails only when every row fails.
 */
final class FaceRendererNodeModel extends ParametersNodeModel<FaceRendererNodeParameters> {

    FaceRendererNodeModel() {
        super(1, 1, FaceRendererNodeParameters.class, new FaceRendererNodeParameters());
    }

    private RenderCellFactory cellFactory(final DataTableSpec spec) throws InvalidSettingsException {
        final int mesh = InputColumns.require(spec, parameters().m_meshColumn, MeshValue.class, "Mesh column",
            "connect the output of a Surface Extractor node.");
        return new RenderCellFactory(spec, mesh, parameters());
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
        final RenderCellFactory factory = cellFactory(inData[0].getDataTableSpec());
        final ColumnRearranger rearranger = new ColumnRearranger(inData[0].getDataTableSpec());
        rearranger.append(factory);
        final BufferedDataTable out = exec.createColumnRearrangeTable(inData[0], rearranger, exec);
        final String warning = factory.failures().check(inData[0].size(), "No row could be rendered");
        if (warning != null) {
            setWarningMessage(warning);
        }
        return new BufferedDataTable[]{out};
    }

}
