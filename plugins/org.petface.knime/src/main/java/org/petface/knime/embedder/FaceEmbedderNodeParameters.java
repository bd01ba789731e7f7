package org.petface.knime.embedder;

import java.nio.file.Path;
import java.util.List;

import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider;
import org.petface.embedder.DetectorKind;
import org.petface.embedder.FaceAnalysisOptions;
import org.petface.embedder.ModelFiles;
import org.petface.knime.data.FaceRenderValue;

/** Settings of the Face Embedder node; {@link #toOptions} maps them to the face analyser's options. */
final class FaceEmbedderNodeParameters implements NodeParameters {

    /** The embedder name of the depth descriptor, as {@code petface embed --embedder depth} takes it. */
    static final String DEPTH = "depth";

    static final class InputColumnsProvider extends CompatibleColumnsProvider {
        InputColumnsProvider() {
            super(List.of(FaceRenderValue.class, PNGImageValue.class));
        }
    }

    // The settings key stays "imageColumn" so that saved workflows that embed the Render PNG column still load.
    @Widget(title = "Render column", description = """
            The column of face renders (Face render, from the Face Renderer node; the depth embedder needs it) or of
            PNG face images (e.g. Render; photo embedders only).
            """)
    @ChoicesProvider(InputColumnsProvider.class)
    String m_imageColumn = "Face render";

    @Widget(title = "Detector",
        description = "The face detector of the photo embedders: fr_detect, blazeface or haar (OpenCV cascade).")
    String m_detector = DetectorKind.FR_DETECT.id();

    @Widget(title = "Score threshold", description = "Minimum detector score in (0, 1); 0 takes the detector's default.")
    double m_scoreThreshold = 0;

    @Widget(title = "Embedder", description = """
            depth (the depth descriptor: the face's 3-D shape from the render's depth map, aligned by its geometry,
            no detector or face models; needs a Face render column), fr_feature (deep face recognition features),
            landmarks (the 68-landmark shape after Procrustes alignment) or the path of your own ONNX model
            (PATH.onnx). Photo embedders run on the render's shaded image.
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
            throw new InvalidSettingsException("Option \"Render column\": choose the column of face renders.");
        }
        try {
            toOptions();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Face Embedder settings: " + e.getMessage(), e);
        }
    }

    boolean isDepth() {
        return DEPTH.equals(m_embedder);
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
