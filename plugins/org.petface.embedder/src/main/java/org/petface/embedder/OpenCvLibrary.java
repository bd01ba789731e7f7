package org.petface.embedder;

/** Loads OpenCV's native library (shipped inside the openpnp jar) once per class loader. */
final class OpenCvLibrary {

    private static volatile boolean loaded;

    private OpenCvLibrary() {
    }

    static void ensureLoaded() {
        if (!loaded) {
            synchronized (OpenCvLibrary.class) {
                if (!loaded) {
                    nu.pattern.OpenCV.loadLocally();
                    loaded = true;
                }
            }
        }
    }
}
