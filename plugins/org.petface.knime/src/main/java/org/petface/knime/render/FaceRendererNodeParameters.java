package org.petface.knime.render;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;
import org.petface.knime.data.MeshValue;
import org.petface.knime.data.VolumeValue;
import org.petface.render.RenderMethod;
import org.petface.render.RenderOptions;
import org.petface.render.VolumeRenderOptions;
import org.petface.surface.SkinThreshold;
import org.petface.surface.SurfaceOptions;

/** Settings of the Face Renderer node; {@link #toOptions} maps them to the renderer's options. */
final class FaceRendererNodeParameters implements NodeParameters {

    static final class MeshOrVolumeColumns extends CompatibleColumnsProvider {
        MeshOrVolumeColumns() {
            super(List.of(MeshValue.class, VolumeValue.class));
        }
    }

    @Widget(title = "Input column", description = """
            The column of skin meshes (from the Surface Extractor node) or of volumes (from the Volume Reconstructor
            node). A volume is rendered directly: its skin is found with the skin threshold below, cropped to the
            head, and meshed or ray-cast.
            """)
    @ChoicesProvider(MeshOrVolumeColumns.class)
    String m_inputColumn = "Mesh";

    @Widget(title = "Method", description = """
            For volumes: MESH extracts the skin mesh and rasterises it (as the Surface Extractor would, with its
            defaults); RAYCAST ray-casts the skin straight from the voxels, without a mesh. Meshes are always
            rasterised.
            """)
    RenderMethod m_method = RenderMethod.MESH;

    @Widget(title = "Skin threshold", description = """
            For volumes: empty for the published choice (Otsu for CT, 95th percentile of SUV for PET); otherwise
            otsu, adaptive, percentile:P (P between 0 and 100) or a fixed value in the volume's unit.
            """)
    String m_threshold = "";

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
        if (m_inputColumn == null || m_inputColumn.isBlank()) {
            throw new InvalidSettingsException("Option \"Input column\": choose the column of meshes or volumes.");
        }
        try {
            toVolumeOptions();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Face Renderer settings: " + e.getMessage(), e);
        }
    }

    RenderOptions toOptions() {
        return RenderOptions.defaults().withSize(m_width, m_height).withView(m_yawDegrees, m_pitchDegrees);
    }

    /** Each row runs on one thread: KNIME runs rows in parallel. */
    VolumeRenderOptions toVolumeOptions() {
        final SkinThreshold threshold = m_threshold.isBlank() ? null : SkinThreshold.parse(m_threshold.trim());
        final SurfaceOptions surface =
            SurfaceOptions.defaults().withThreshold(threshold).withCropToHead(true).withThreads(1);
        return VolumeRenderOptions.defaults().withSurface(surface).withRender(toOptions()).withMethod(m_method);
    }
}
