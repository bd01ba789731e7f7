package org.petface.osgi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.petface.embedder.AnalyzedFace;
import org.petface.embedder.FaceAnalysis;
import org.petface.embedder.FaceAnalysisOptions;
import org.petface.embedder.FaceAnalyzer;
import org.petface.embedder.FaceImage;
import org.petface.embedder.ModelFiles;

/** Inside Equinox: DJL finds its ONNX Runtime engine, OpenCV loads, and the three faceplugin models run. */
class EmbedderInOsgiTest {

    @Test
    void djlAndOnnxRuntimeAndOpenCvRunTheFaceModels() {
        try (FaceAnalyzer analyzer = new FaceAnalyzer(FaceAnalysisOptions.defaults(), ModelFiles.standard())) {
            BufferedImage blank = new BufferedImage(320, 240, BufferedImage.TYPE_BYTE_GRAY);
            try (FaceImage image = FaceImage.of(blank)) {
                FaceAnalysis none = analyzer.apply(image);
                assertTrue(none.status().isError() && none.faces().isEmpty(), none.toString());
            }
            String photo = System.getProperty("petface.models") + "/face-api/package/demo/sample1.jpg";
            try (FaceImage image = FaceImage.read(java.nio.file.Path.of(photo))) {
                FaceAnalysis a = analyzer.apply(image);
                assertEquals(3, a.faces().size(), a.toString());
                for (AnalyzedFace f : a.faces()) {
                    assertTrue(f.status().isOk(), f.status().reason());
                    assertEquals(512, f.embedding().dimension());
                }
            }
        }
    }
}
