package org.petface.knime.matcher;

import org.petface.knime.common.ParametersNodeFactory;

/** The Face Shape Matcher node: re-identification by 3-D face surface registration (FaceShapeMatcherNodeFactory.xml). */
public final class FaceShapeMatcherNodeFactory extends ParametersNodeFactory<FaceShapeMatcherNodeModel> {

    public FaceShapeMatcherNodeFactory() {
        super(FaceShapeMatcherNodeParameters.class);
    }

    @Override
    public FaceShapeMatcherNodeModel createNodeModel() {
        return new FaceShapeMatcherNodeModel();
    }
}
