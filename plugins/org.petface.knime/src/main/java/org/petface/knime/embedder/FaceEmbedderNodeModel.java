package org.petface.knime.embedder;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.petface.embedder.FaceAnalyzer;
import org.petface.knime.common.InputColumns;
import org.petface.knime.common.StageNodeModel;

/**
 * Detects the face in every row's image and embeds it (stage 5). The models are opened once per execution and shared
 * by the rows, which run in parallel; a row without a face gets a missing embedding and an ERROR status; the node
 * fails only when every row fails.
 */
final class FaceEmbedderNodeModel extends StageNodeModel<FaceEmbedderNodeParameters> {

    FaceEmbedderNodeModel() {
        super(FaceEmbedderNodeParameters.class, new FaceEmbedderNodeParameters(), "No face was embedded");
    }

    private int imageColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return InputColumns.require(spec, parameters().m_imageColumn, PNGImageValue.class, "Image column",
            "connect the output of a Face Renderer node.");
    }

    /** The configure-time factory: it only describes the columns; execute opens the models. */
    @Override
    protected EmbeddingCellFactory cellFactory(final DataTableSpec spec) throws InvalidSettingsException {
        return new EmbeddingCellFactory(spec, imageColumn(spec), null);
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        final DataTableSpec spec = inData[0].getDataTableSpec();
        final int image = imageColumn(spec);
        try (FaceAnalyzer analyzer = new FaceAnalyzer(parameters().toOptions(), parameters().models())) {
            final EmbeddingCellFactory factory = new EmbeddingCellFactory(spec, image, analyzer);
            return new BufferedDataTable[]{appendColumns(inData[0], factory, exec)};
        }
    }
}
