package org.petface.embedder;

import java.util.Locale;

/** The thread settings of the native libraries the detectors and embedders call, for benchmarks to report. */
public final class NativeThreads {

    private NativeThreads() {
    }

    /** For example "ONNX Runtime intra-op threads 1 (-Dpetface.onnx.intraOpThreads), OpenCV threads 1 (...)". */
    public static String describe() {
        int onnx = SharedOnnxModels.INTRA_OP_THREADS.value();
        return String.format(Locale.ROOT, "ONNX Runtime intra-op threads %s (-D%s), OpenCV threads %d (-D%s)",
                onnx == 0 ? "default" : Integer.toString(onnx), SharedOnnxModels.INTRA_OP_THREADS.name(),
                OpenCvLibrary.threads(), OpenCvLibrary.THREADS.name());
    }
}
