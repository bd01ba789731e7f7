package org.petface.embedder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FaceAnalyzerTest {

    @Test
    void anImageWithoutAFaceGivesAStatusNotAnException() {
        try (FaceAnalyzer analyzer = new FaceAnalyzer(FaceAnalysisOptions.defaults(), ModelFiles.standard());
                FaceImage blank = FaceImage.ofGrey(512, 512, new byte[512 * 512])) {
            FaceAnalysis a = analyzer.apply(blank);
            assertTrue(a.status().isError());
            assertTrue(a.status().reason().contains("no face"), a.status().reason());
            assertTrue(a.faces().isEmpty());
        }
    }

    @Test
    void blazeFaceAndHaarFindFacesThatFrDetectFinds() {
        ModelFiles models = ModelFiles.standard();
        try (FaceDetector reference = DetectorKind.FR_DETECT.open(models, 0.65)) {
            for (DetectorKind kind : List.of(DetectorKind.BLAZEFACE, DetectorKind.HAAR)) {
                try (FaceDetector detector = kind.open(models, kind.defaultScoreThreshold())) {
                    int agreeing = 0;
                    int found = 0;
                    for (int i = 1; i <= 6; i++) {
                        try (FaceImage image = FaceImage.read(SamplePhotos.path(i))) {
                            List<FaceBox> truth = reference.detect(image);
                            List<FaceBox> boxes = detector.detect(image);
                            found += boxes.size();
                            for (FaceBox b : boxes) {
                                assertTrue(b.score() >= kind.defaultScoreThreshold() && b.score() <= 1, b.toString());
                                if (truth.stream().anyMatch(t -> t.intersectionOverUnion(b) > 0.3)) {
                                    agreeing++;
                                }
                            }
                        }
                    }
                    System.out.printf("%s: %d boxes on the 6 samples (22 faces), %d overlapping fr_detect's%n",
                            kind.id(), found, agreeing);
                    assertTrue(agreeing >= 11, kind.id() + " agreed on " + agreeing + " of 22 faces");
                }
            }
        }
    }

    @Test
    void landmarkGeometryIgnoresPositionScaleAndRotation() {
        try (FaceImage image = FaceImage.read(SamplePhotos.path(3));
                FaceAnalyzer analyzer = new FaceAnalyzer(FaceAnalysisOptions.defaults()
                        .withEmbedder(FaceAnalysisOptions.LANDMARKS), ModelFiles.standard())) {
            FaceAnalysis a = analyzer.apply(image);
            assertEquals(3, a.faces().size());
            FaceLandmarks l = a.faces().get(0).landmarks();
            double[] moved = new double[136];
            double angle = Math.toRadians(20);
            for (int i = 0; i < 68; i++) {
                moved[2 * i] = 40 + 1.7 * (Math.cos(angle) * l.x(i) - Math.sin(angle) * l.y(i));
                moved[2 * i + 1] = -15 + 1.7 * (Math.sin(angle) * l.x(i) + Math.cos(angle) * l.y(i));
            }
            LandmarkGeometryEmbedder geometry = new LandmarkGeometryEmbedder();
            var original = geometry.embed(image, l).embedding();
            var transformed = geometry.embed(image, new FaceLandmarks(moved)).embedding();
            assertEquals(136, original.dimension());
            for (int i = 0; i < 136; i++) {
                assertEquals(original.vector()[i], transformed.vector()[i], 1e-4);
            }
            var other = a.faces().get(1).embedding();
            assertFalse(EmbeddingRobustnessTest.cosine(original, other) > 0.99999, "two faces gave one shape");
        }
    }

    @Test
    void claheKeepsTheSampleFacesDetectable() {
        try (FaceAnalyzer analyzer = new FaceAnalyzer(FaceAnalysisOptions.defaults().withContrast(Contrast.CLAHE),
                ModelFiles.standard()); FaceImage image = FaceImage.read(SamplePhotos.path(4))) {
            FaceAnalysis a = analyzer.apply(image);
            assertEquals(4, a.faces().size());
            assertTrue(a.faces().stream().allMatch(f -> f.status().isOk()));
        }
    }
}
