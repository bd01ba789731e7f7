package org.petface.embedder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.onnxruntime.engine.OrtEngineProvider;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.onnxruntime.OrtEnvironment;

/**
 * ONNX models loaded once per file through DJL's ONNX Runtime engine and shared by every detector and embedder of
 * the process; predictors (not thread-safe) are made per thread by {@link PerThreadPredictor}. Subnormal weights
 * are flushed to zero first ({@link SubnormalWeights}); a model with any is loaded from the rewritten bytes.
 *
 * <p>ONNX Runtime's intra-op thread count per session is the system property {@code petface.onnx.intraOpThreads},
 * default 1: petface parallelises over rows, one predictor per calling thread (KNIME's row threads, the CLI's
 * pool), so each inference call should use one core. ONNX Runtime's own default (0: a pool of one thread per core
 * that spin-waits between operators) oversubscribes the cores when rows run in parallel; on 2 shared cores it was
 * 1.3 to 1.5 times slower per face. Raise it only when a single thread runs all inference. OpenCV's threads are
 * set the same way ({@link OpenCvLibrary}).
 */
final class SharedOnnxModels {

    static final ThreadCountProperty INTRA_OP_THREADS = new ThreadCountProperty("petface.onnx.intraOpThreads", 1,
            "ONNX Runtime's default");

    private static final String ENGINE = "OnnxRuntime";
    private static final Map<Path, Model> MODELS = new ConcurrentHashMap<>();

    private SharedOnnxModels() {
    }

    static Model get(Path file) {
        return MODELS.computeIfAbsent(file.toAbsolutePath().normalize(), SharedOnnxModels::load);
    }

    /**
     * ONNX Runtime's environment as DJL's engine created it (DJL configures its thread pool, so it must come
     * first); for reading a model's signature without DJL.
     */
    static OrtEnvironment environment() {
        withBundleClassLoader(() -> Engine.getEngine(ENGINE));
        return OrtEnvironment.getEnvironment();
    }

    /** DJL's ONNX Runtime engine reads these names from the model options (OrtModel.getSessionOptions). */
    private static Map<String, String> sessionOptions() {
        int threads = INTRA_OP_THREADS.value();
        return threads == 0 ? Map.of() : Map.of("intraOpNumThreads", Integer.toString(threads));
    }

    private static Model load(Path file) {
        byte[] onnx;
        try {
            onnx = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot read ONNX model: " + e.getMessage(), e);
        }
        int flushed;
        try {
            flushed = SubnormalWeights.flushToZero(onnx);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": not an ONNX model: " + e.getMessage(), e);
        }
        return withBundleClassLoader(() -> {
            try {
                return flushed == 0 ? loadFile(file) : loadBytes(file, onnx);
            } catch (IOException | ModelNotFoundException | MalformedModelException e) {
                throw new IllegalStateException(file + ": cannot load ONNX model: " + e.getMessage(), e);
            }
        });
    }

    /** Unchanged models load from their file, so that ONNX Runtime finds any external data files beside it. */
    private static Model loadFile(Path file) throws IOException, ModelNotFoundException, MalformedModelException {
        return Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(file)
                .optEngine(ENGINE)
                .optOptions(sessionOptions())
                .build()
                .loadModel();
    }

    private static Model loadBytes(Path file, byte[] onnx) throws IOException, MalformedModelException {
        Model model = Model.newInstance(file.getFileName().toString(), ENGINE);
        model.load(new ByteArrayInputStream(onnx), sessionOptions());
        return model;
    }

    /**
     * Inside OSGi, DJL finds its engines and model zoos through ServiceLoader on the context class loader; the
     * ONNX Runtime engine's own class loader sees its META-INF/services and, through its imports, DJL's API.
     */
    private static <T> T withBundleClassLoader(Supplier<T> action) {
        // Models come from pinned files only; DJL must never try to download anything.
        System.setProperty("ai.djl.offline", "true");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OrtEngineProvider.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
