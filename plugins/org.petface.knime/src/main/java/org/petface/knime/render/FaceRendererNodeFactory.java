package org.petface.knime.render;

import org.petface.knime.common.ParametersNodeFactory;

/** The Face Renderer node: appends a frontal render of each row's mesh (FaceRendererNodeFactory.xml). */
public final class FaceRendererNodeFactory extends ParametersNodeFactory<FaceRendererNodeModel> {

    public FaceRendererNodeFactory() {
        super(FaceRendererNodeParameters.class);
    }

    @Override
    public FaceRendererNodeModel createNodeModel() {
        return new FaceRendererNodeModel();
    }
}
