package org.petface.embedder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.onnxruntime.engine.OrtEngineProvider;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.onnxruntime.OrtEnvironment;

/**
 * ONNX models loaded once per file through DJL's ONNX Runtime engine and shared by every detector and embedder of
 * the process; predictors (not thread-safe) are made per thread by {@link PerThreadPredictor}.
 */
final class SharedOnnxModels {

    private static final Map<Path, ZooModel<NDList, NDList>> MODELS = new ConcurrentHashMap<>();

    private SharedOnnxModels() {
    }

    static ZooModel<NDList, NDList> get(Path file) {
        return MODELS.computeIfAbsent(file.toAbsolutePath().normalize(), SharedOnnxModels::load);
    }

    /**
     * ONNX Runtime's environment as DJL's engine created it (DJL configures its thread pool, so it must come
     * first); for reading a model's signature without DJL.
     */
    static OrtEnvironment environment() {
        withBundleClassLoader(() -> Engine.getEngine("OnnxRuntime"));
        return OrtEnvironment.getEnvironment();
    }

    private static ZooModel<NDList, NDList> load(Path file) {
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(file)
                .optEngine("OnnxRuntime")
                .build();
        return withBundleClassLoader(() -> {
            try {
                return criteria.loadModel();
            } catch (IOException | ModelNotFoundException | MalformedModelException e) {
                throw new IllegalStateException(file + ": cannot load ONNX model: " + e.getMessage(), e);
            }
        });
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
