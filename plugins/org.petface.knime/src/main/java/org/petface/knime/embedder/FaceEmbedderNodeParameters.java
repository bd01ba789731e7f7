package org.petface.knime.embedder;

import java.nio.file.Path;

import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider;
import org.petface.embedder.DetectorKind;
import org.petface.embedder.FaceAnalysisOptions;
import org.petface.embedder.ModelFiles;

/** Settings of the Face Embedder node; {@link #toOptions} maps them to the face analyser's options. */
final class FaceEmbedderNodeParameters implements NodeParameters {

    static final class ImageColumns extends CompatibleColumnsProvider {
        ImageColumns() {
            super(PNGImageValue.class);
        }
    }

    @Widget(title = "Image column", description = "The column of face images (e.g. Render, from the Face Renderer node).")
    @ChoicesProvider(ImageColumns.class)
    String m_imageColumn = "Render";

    @Widget(title = "Detector", description = "The face detector: fr_detect, blazeface or haar (OpenCV cascade).")
    String m_detector = DetectorKind.FR_DETECT.id();

    @Widget(title = "Score threshold", description = "Minimum detector score in (0, 1); 0 takes the detector's default.")
    double m_scoreThreshold = 0;

    @Widget(title = "Embedder", description = """
            fr_feature (deep face recognition features), landmarks (the 68-landmark shape after Procrustes
            alignment) or the path of your own ONNX model (PATH.onnx).
            """)
    String m_embedder = FaceAnalysisOptions.FR_FEATURE;

    @Widget(title = "Model folder", description = """
            The folder holding the pinned face models; empty looks at the petface.models system property, the
            PETFACE_MODELS environment variable, then .cache/npm above the working folder.
            """)
    String m_modelFolder = "";

    @Override
    public void validate() throws InvalidSettingsException {
        if (m_imageColumn == null || m_imageColumn.isBlank()) {
            throw new InvalidSettingsException("Option \"Image column\": choose the column of face images.");
        }
        try {
            toOptions();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Face Embedder settings: " + e.getMessage(), e);
        }
    }

    FaceAnalysisOptions toOptions() {
        final FaceAnalysisOptions options =
            FaceAnalysisOptions.defaults().withDetector(DetectorKind.parse(m_detector)).withEmbedder(m_embedder);
        return m_scoreThreshold == 0 ? options : options.withScoreThreshold(m_scoreThreshold);
    }

    ModelFiles models() {
        return m_modelFolder.isBlank() ? ModelFiles.standard()
            : new ModelFiles(Path.of(m_modelFolder), ModelFiles.recordedDigests());
    }
}
