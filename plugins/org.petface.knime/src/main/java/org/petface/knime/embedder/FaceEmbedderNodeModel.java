package org.petface.knime.embedder;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.petface.embedder.FaceAnalyzer;
import org.petface.knime.common.InputColumns;
import org.petface.knime.common.ParametersNodeModel;

/**
 * Detects the face in every row's image and embeds it (stage 5). The models are opened once per execution and shared
 * by the rows, which run in parallel; a row without a face gets a missing embedding and an ERROR status; the node
 * fails only when every row fails.
 */
final class FaceEmbedderNodeModel extends ParametersNodeModel<FaceEmbedderNodeParameters> {

    FaceEmbedderNodeModel() {
        super(1, 1, FaceEmbedderNodeParameters.class, new FaceEmbedderNodeParameters());
    }

    private int imageColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return InputColumns.require(spec, parameters().m_imageColumn, PNGImageValue.class, "Image column",
            "connect the output of a Face Renderer node.");
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        final ColumnRearranger rearranger = new ColumnRearranger(inSpecs[0]);
        rearranger.append(new EmbeddingCellFactory(inSpecs[0], imageColumn(inSpecs[0]), null));
        return new DataTableSpec[]{rearranger.createSpec()};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        final DataTableSpec spec = inData[0].getDataTableSpec();
        final int image = imageColumn(spec);
        try (FaceAnalyzer analyzer = new FaceAnalyzer(parameters().toOptions(), parameters().models())) {
            final EmbeddingCellFactory factory = new EmbeddingCellFactory(spec, image, analyzer);
            final ColumnRearranger rearranger = new ColumnRearranger(spec);
            rearranger.append(factory);
            final BufferedDataTable out = exec.createColumnRearrangeTable(inData[0], rearranger, exec);
            final String warning = factory.failures().check(inData[0].size(), "No face was embedded");
            if (warning != null) {
                setWarningMessage(warning);
            }
            return new BufferedDataTable[]{out};
        }
    }

}
