package org.petface.embedder;

import org.opencv.core.Core;

/**
 * Loads OpenCV's native library (shipped inside the openpnp jar) once per class loader and sets its thread count:
 * every petface use of OpenCV, from the command line or KNIME, comes through {@link #ensureLoaded()}.
 *
 * <p>OpenCV's thread count is process-wide and is the system property {@code petface.opencv.threads}, default 1,
 * like ONNX Runtime's ({@link SharedOnnxModels}): petface runs rows in parallel, one per calling thread (KNIME's
 * row threads, the CLI's pool), so each OpenCV call keeps to its caller's thread instead of also queueing work on
 * OpenCV's own pool (0 here: OpenCV's default, a pthreads pool of one thread per core) that the other callers
 * already occupy. It is not a speed-up on 2 cores: the Haar cascade took 207 ms of CPU per 512x512 sample photo
 * with two calling threads either way. Detections do not depend on it; only the order in which OpenCV returns
 * boxes did, which {@link HaarDetector} fixes.
 */
final class OpenCvLibrary {

    static final ThreadCountProperty THREADS = new ThreadCountProperty("petface.opencv.threads", 1,
            "OpenCV's default");

    private static volatile boolean loaded;

    private OpenCvLibrary() {
    }

    static void ensureLoaded() {
        if (!loaded) {
            synchronized (OpenCvLibrary.class) {
                if (!loaded) {
                    int threads = THREADS.value();
                    nu.pattern.OpenCV.loadLocally();
                    if (threads != 0) {
                        Core.setNumThreads(threads);
                    }
                    loaded = true;
                }
            }
        }
    }

    /** The threads OpenCV's parallel loops use now (its default when the property is 0). */
    static int threads() {
        ensureLoaded();
        return Core.getNumThreads();
    }
}
