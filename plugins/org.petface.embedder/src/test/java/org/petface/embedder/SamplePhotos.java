package org.petface.embedder;

import java.nio.file.Files;
import java.nio.file.Path;

/** The six demo photos of @vladmandic/face-api@1.7.15, fetched by scripts/setup.sh --with-test-data. */
final class SamplePhotos {

    /** Faces in sample1..sample6, counted by eye. */
    static final int[] FACES = {3, 3, 3, 4, 5, 4};

    private SamplePhotos() {
    }

    static Path path(int number) {
        Path file = ModelFiles.locateFolder().resolve("face-api/package/demo/sample" + number + ".jpg");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " missing: run scripts/setup.sh --with-test-data");
        }
        return file;
    }
}
