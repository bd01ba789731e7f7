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

    /**
     * Haar boxes per sample photo, at full size and scaled to 512x512 as {@code petface bench embed} does; counted
     * with OpenCV's default thread pool before OpenCV was set to one thread, and false positives included.
     */
    @Test
    void haarFindsTheBoxesItFoundBefore() {
        int[] fullSize = {3, 3, 6, 3, 7, 17};
        int[] scaled = {4, 2, 4, 1, 3, 7};
        try (FaceDetector detector = DetectorKind.HAAR.open(ModelFiles.standard(), DetectorKind.HAAR.defaultScoreThreshold())) {
            for (int i = 1; i <= 6; i++) {
                try (FaceImage image = FaceImage.read(SamplePhotos.path(i)); FaceImage small = image.resized(512, 512)) {
                    assertEquals(fullSize[i - 1], detector.detect(image).size(), "sample" + i);
                    assertEquals(scaled[i - 1], detector.detect(small).size(), "sample" + i + " at 512x512");
                }
            }
        }
    }
}
