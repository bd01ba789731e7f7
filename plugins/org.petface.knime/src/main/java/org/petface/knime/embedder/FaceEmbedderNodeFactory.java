package org.petface.knime.embedder;

import org.petface.knime.common.ParametersNodeFactory;

/** The Face Embedder node: appends the face embedding of each row's render or image (FaceEmbedderNodeFactory.xml). */
public final class FaceEmbedderNodeFactory extends ParametersNodeFactory<FaceEmbedderNodeModel> {

    public FaceEmbedderNodeFactory() {
        super(FaceEmbedderNodeParameters.class);
    }

    @Override
    public FaceEmbedderNodeModel createNodeModel() {
        return new FaceEmbedderNodeModel();
    }
}
