package org.petface.knime.render;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;
import org.petface.knime.data.MeshValue;
import org.petface.render.RenderOptions;

/** Settings of the Face Renderer node; {@link #toOptions} maps them to the renderer's options. */
final class FaceRendererNodeParameters implements NodeParameters {

    static final class MeshColumns extends CompatibleColumnsProvider {
        MeshColumns() {
            super(MeshValue.class);
        }
    }

    @Widget(title = "Mesh column", description = "The column of skin meshes (from the Surface Extractor node).")
    @ChoicesProvider(MeshColumns.class)
    String m_meshColumn = "Mesh";

    @Widget(title = "Width (pixels)", description = "Width of the render.")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    int m_width = 512;

    @Widget(title = "Height (pixels)", description = "Height of the render.")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    int m_height = 512;

    @Widget(title = "Yaw (degrees)", description = "Turn the camera about the superior axis; 0 looks at the face.")
    double m_yawDegrees = 0;

    @Widget(title = "Pitch (degrees)", description = "Tilt the camera up (positive) or down, within (-89, 89).")
    double m_pitchDegrees = 0;

    @Override
    public void validate() throws InvalidSettingsException {
        if (m_meshColumn == null || m_meshColumn.isBlank()) {
            throw new InvalidSettingsException("Option \"Mesh column\": choose the column of meshes.");
        }
        try {
            toOptions();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Face Renderer settings: " + e.getMessage(), e);
        }
    }

    RenderOptions toOptions() {
        return RenderOptions.defaults().withSize(m_width, m_height).withView(m_yawDegrees, m_pitchDegrees);
    }
}
