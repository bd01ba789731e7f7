package org.petface.embedder;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.opencv.core.Mat;
import org.petface.core.Embedding;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * A photo-trained face-recognition ONNX model (ArcFace, FaceNet, faceplugin's fr_feature) run on the face
 * aligned to its descriptor's template. The model's declared input shape is checked against the descriptor.
 */
public final class DeepEmbedder implements FaceEmbedder {

    private final ModelDescriptor descriptor;
    private final PerThreadPredictor<Mat, float[]> predictor;

    public DeepEmbedder(Path modelFile, ModelDescriptor descriptor) {
        OpenCvLibrary.ensureLoaded();
        this.descriptor = descriptor;
        checkSignature(modelFile, descriptor);
        predictor = new PerThreadPredictor<>(SharedOnnxModels.get(modelFile), new EmbeddingTranslator(descriptor));
    }

    /** faceplugin's fr_feature, the default embedder. */
    public static DeepEmbedder frFeature(ModelFiles models) {
        return new DeepEmbedder(models.verified(ModelFiles.FR_FEATURE), ModelDescriptor.FR_FEATURE);
    }

    /** A user's model with its {@code .properties} descriptor beside it. */
    public static DeepEmbedder userModel(Path onnxFile) {
        return new DeepEmbedder(onnxFile, ModelDescriptor.forModel(onnxFile));
    }

    /** One image input of rank 4 whose fixed sizes equal the descriptor's, and the named output. */
    static void checkSignature(Path modelFile, ModelDescriptor d) {
        OrtEnvironment env = SharedOnnxModels.environment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession session = env.createSession(modelFile.toString(), options)) {
            Map<String, NodeInfo> inputs = session.getInputInfo();
            if (inputs.size() != 1 || !(inputs.values().iterator().next().getInfo() instanceof TensorInfo input)) {
                throw new IllegalArgumentException(modelFile + ": expected one image tensor input, model has "
                        + inputs.keySet());
            }
            long[] shape = input.getShape();
            long[] expected = d.layout() == ModelDescriptor.Layout.NCHW
                    ? new long[] {1, 3, d.inputHeight(), d.inputWidth()}
                    : new long[] {1, d.inputHeight(), d.inputWidth(), 3};
            boolean agrees = shape.length == 4;
            for (int i = 0; agrees && i < 4; i++) {
                agrees = shape[i] < 0 || shape[i] == expected[i];
            }
            if (!agrees) {
                throw new IllegalArgumentException(modelFile + ": model input shape " + Arrays.toString(shape)
                        + " disagrees with descriptor " + d.modelId() + " " + d.layout() + " "
                        + Arrays.toString(expected));
            }
            if (!session.getOutputNames().contains(d.outputName())) {
                throw new IllegalArgumentException(modelFile + ": model has no output '" + d.outputName()
                        + "'; outputs are " + session.getOutputNames());
            }
        } catch (OrtException e) {
            throw new IllegalArgumentException(modelFile + ": not a loadable ONNX model: " + e.getMessage(), e);
        }
    }

    @Override
    public String modelId() {
        return descriptor.modelId();
    }

    @Override
    public EmbeddingResult embed(FaceImage image, FaceLandmarks landmarks) {
        if (landmarks == null) {
            return EmbeddingResult.failed("no landmarks to align the face by");
        }
        Mat aligned = FaceAligner.align(image.mat(), landmarks.fivePoints(), descriptor.template());
        if (aligned == null) {
            return EmbeddingResult.failed("alignment failed: the five landmarks do not fit the face template");
        }
        float[] vector;
        try {
            vector = predictor.predict(aligned);
        } finally {
            aligned.release();
        }
        if (vector.length == 0) {
            return EmbeddingResult.failed(descriptor.modelId() + " gave a zero or non-finite vector");
        }
        return EmbeddingResult.of(new Embedding(vector, descriptor.modelId()));
    }

    @Override
    public void close() {
        predictor.close();
    }
}
