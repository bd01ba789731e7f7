package org.petface.knime.volume;

import org.petface.knime.common.ParametersNodeFactory;

/** The Volume Reconstructor node: appends a volume per reader row (VolumeReconstructorNodeFactory.xml). */
public final class VolumeReconstructorNodeFactory extends ParametersNodeFactory<VolumeReconstructorNodeModel> {

    public VolumeReconstructorNodeFactory() {
        super(VolumeReconstructorNodeParameters.class);
    }

    @Override
    public VolumeReconstructorNodeModel createNodeModel() {
        return new VolumeReconstructorNodeModel();
    }
}
