package org.petface.knime.volume;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.petface.volume.ReconstructionOptions;

/** Settings of the Volume Reconstructor node; {@link #toOptions} maps them to the reconstructor's options. */
final class VolumeReconstructorNodeParameters implements NodeParameters {

    @Widget(title = "Voxel spacing (mm)", description = """
            Resample to this isotropic spacing (trilinear); 0 keeps the scanner's grid.
            """)
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    double m_targetSpacingMm = 0;

    @Widget(title = "Reorient to L, P, S", description = """
            Permute and flip the voxel axes to left, posterior, superior order (exact, no interpolation).
            """)
    boolean m_reorientToCanonical = true;

    @Widget(title = "Crop to the head", description = """
            Keep only the head, found from the superior end of the body outline. Off by default: the Surface
            Extractor crops its mesh to the head after choosing the skin threshold, whereas cropping the volume
            first removes most of the air and moves a PET threshold taken as a percentile of the voxels.
            """)
    boolean m_cropToHead = false;

    @Override
    public void validate() throws InvalidSettingsException {
        try {
            toOptions();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Option \"Voxel spacing (mm)\": " + e.getMessage(), e);
        }
    }

    ReconstructionOptions toOptions() {
        return ReconstructionOptions.defaults().withTargetSpacingMm(m_targetSpacingMm)
            .withReorientToCanonical(m_reorientToCanonical).withCropToHead(m_cropToHead);
    }
}
