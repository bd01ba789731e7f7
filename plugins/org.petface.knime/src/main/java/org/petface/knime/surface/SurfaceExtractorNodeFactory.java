package org.petface.knime.surface;

import org.petface.knime.common.ParametersNodeFactory;

/** The Surface Extractor node: appends the skin mesh of each row's volume (SurfaceExtractorNodeFactory.xml). */
public final class SurfaceExtractorNodeFactory extends ParametersNodeFactory<SurfaceExtractorNodeModel> {

    public SurfaceExtractorNodeFactory() {
        super(SurfaceExtractorNodeParameters.class);
    }

    @Override
    public SurfaceExtractorNodeModel createNodeModel() {
        return new SurfaceExtractorNodeModel();
    }
}
