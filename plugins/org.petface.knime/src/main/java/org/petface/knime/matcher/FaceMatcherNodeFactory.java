package org.petface.knime.matcher;

import org.petface.knime.common.ParametersNodeFactory;

/** The Face Matcher node: ranks a gallery for every probe and measures re-identification (FaceMatcherNodeFactory.xml). */
public final class FaceMatcherNodeFactory extends ParametersNodeFactory<FaceMatcherNodeModel> {

    public FaceMatcherNodeFactory() {
        super(FaceMatcherNodeParameters.class);
    }

    @Override
    public FaceMatcherNodeModel createNodeModel() {
        return new FaceMatcherNodeModel();
    }
}
