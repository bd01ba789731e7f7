package org.petface.embedder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DetectorTest {

    @Test
    void frDetectFindsEveryFaceOfTheSamplePhotos() {
        try (FaceDetector detector = new FrDetectDetector(ModelFiles.standard(), FrDetectDetector.DEFAULT_SCORE_THRESHOLD)) {
            for (int i = 1; i <= 6; i++) {
                try (FaceImage image = FaceImage.read(SamplePhotos.path(i))) {
                    List<FaceBox> faces = detector.detect(image);
                    assertEquals(SamplePhotos.FACES[i - 1], faces.size(), "faces in sample" + i + ": " + faces);
                }
            }
        }
    }
}
