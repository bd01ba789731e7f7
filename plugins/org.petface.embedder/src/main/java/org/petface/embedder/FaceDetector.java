package org.petface.embedder;

import java.util.List;

/** Finds faces in an image; boxes come highest score first. Thread-safe. */
public interface FaceDetector extends AutoCloseable {

    /** Short name used in outputs: fr_detect, blazeface, haar. */
    String name();

    List<FaceBox> detect(FaceImage image);

    @Override
    void close();
}
