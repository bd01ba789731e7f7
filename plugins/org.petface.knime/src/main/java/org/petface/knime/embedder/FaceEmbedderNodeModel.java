package org.petface.knime.embedder;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.common.InputColumns;
import org.petface.knime.common.StageNodeModel;
import org.petface.knime.data.FaceRenderValue;

/**
 * Embeds the face in every row's render or image (stage 5). The embedder (and the face models, unless only the depth
 * descriptor runs) is opened once per execution and shared by the rows, which run in parallel; a row without a face
 * gets a missing embedding and an ERROR status; the node fails only when every row fails.
 */
final class FaceEmbedderNodeModel extends StageNodeModel<FaceEmbedderNodeParameters> {

    private static final String OPTION = "Render column";

    FaceEmbedderNodeModel() {
        super(FaceEmbedderNodeParameters.class, new FaceEmbedderNodeParameters(), "No face was embedded");
    }

    /** The input column, checked against the embedder: the depth descriptor needs renders, photo models take both. */
    private int inputColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String column = parameters().m_imageColumn;
        if (parameters().isDepth()) {
            return InputColumns.require(spec, column, FaceRenderValue.class, OPTION, "the embedder \""
                + FaceEmbedderNodeParameters.DEPTH + "\" (option \"Embedder\") needs the depth of a whole render: "
                + "choose the Face render column of a Face Renderer node.");
        }
        if (isRenderColumn(spec, column)) {
            return spec.findColumnIndex(column);
        }
        return InputColumns.require(spec, column, PNGImageValue.class, OPTION,
            "choose the Face render (or a PNG image) column of a Face Renderer node.");
    }

    private static boolean isRenderColumn(final DataTableSpec spec, final String column) {
        final int index = spec.findColumnIndex(column);
        return index >= 0 && spec.getColumnSpec(index).getType().isCompatible(FaceRenderValue.class);
    }

    /** The configure-time factory: it only describes the columns; execute opens the embedder. */
    @Override
    protected EmbeddingCellFactory cellFactory(final DataTableSpec spec) throws InvalidSettingsException {
        return new EmbeddingCellFactory(spec, inputColumn(spec), null);
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        final DataTableSpec spec = inData[0].getDataTableSpec();
        final int column = inputColumn(spec);
        try (RowEmbedder embedder = RowEmbedder.open(parameters(), isRenderColumn(spec, parameters().m_imageColumn))) {
            final EmbeddingCellFactory factory = new EmbeddingCellFactory(spec, column, embedder);
            return new BufferedDataTable[]{appendColumns(inData[0], factory, exec)};
        }
    }
}
