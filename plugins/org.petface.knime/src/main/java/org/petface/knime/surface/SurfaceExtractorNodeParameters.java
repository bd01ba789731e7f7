package org.petface.knime.surface;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.petface.knime.data.VolumeValue;
import org.petface.surface.SkinThreshold;
import org.petface.surface.SurfaceOptions;
import org.petface.surface.mesh.MeshSmoothing;

/** Settings of the Surface Extractor node; {@link #toOptions} maps them to the extractor's options. */
final class SurfaceExtractorNodeParameters implements NodeParameters {

    static final class VolumeColumns extends CompatibleColumnsProvider {
        VolumeColumns() {
            super(VolumeValue.class);
        }
    }

    @Widget(title = "Volume column", description = "The column of volumes (from the Volume Reconstructor node).")
    @ChoicesProvider(VolumeColumns.class)
    String m_volumeColumn = "Volume";

    @Widget(title = "Skin threshold", description = """
            Empty for the published choice (Otsu for CT, 95th percentile of SUV for PET); otherwise otsu,
            adaptive, percentile:P (P between 0 and 100) or a fixed value in the volume's unit.
            """)
    String m_threshold = "";

    @Widget(title = "Head only", description = "Mesh only the head: from the body's superior end down 250 mm.")
    boolean m_cropToHead = true;

    @Widget(title = "Fill holes", description = "Fill cavities that outside air does not reach (airways, sinuses).")
    boolean m_fillHoles = true;

    @Widget(title = "Smoothing iterations", description = "Taubin smoothing iterations of the mesh (0 = none).")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    int m_smoothingIterations = 5;

    @Widget(title = "Maximum triangles", description = "Decimate the mesh to at most this many triangles (0 = keep all).")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    int m_targetTriangles = 0;

    @Override
    public void validate() throws InvalidSettingsException {
        if (m_volumeColumn == null || m_volumeColumn.isBlank()) {
            throw new InvalidSettingsException("Option \"Volume column\": choose the column of volumes.");
        }
        try {
            toOptions();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Surface Extractor settings: " + e.getMessage(), e);
        }
    }

    /** Each row runs on one thread: KNIME runs rows in parallel. */
    SurfaceOptions toOptions() {
        final MeshSmoothing smoothing =
            m_smoothingIterations == 0 ? MeshSmoothing.none() : MeshSmoothing.taubin(m_smoothingIterations);
        final SkinThreshold threshold = m_threshold.isBlank() ? null : SkinThreshold.parse(m_threshold.trim());
        return SurfaceOptions.defaults().withThreshold(threshold).withCropToHead(m_cropToHead)
            .withFillHoles(m_fillHoles).withSmoothing(smoothing).withTargetTriangles(m_targetTriangles).withThreads(1);
    }
}
