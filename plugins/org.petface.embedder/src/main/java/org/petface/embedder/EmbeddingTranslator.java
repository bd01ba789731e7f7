package org.petface.embedder;

import org.opencv.core.Mat;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/** An aligned BGR crop to the tensor a descriptor describes; the named output, L2-normalised. */
final class EmbeddingTranslator implements NoBatchifyTranslator<Mat, float[]> {

    private final ModelDescriptor descriptor;

    EmbeddingTranslator(ModelDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Mat aligned) {
        boolean rgb = descriptor.channels() == ModelDescriptor.Channels.RGB;
        NDManager manager = ctx.getNDManager();
        return new NDList(descriptor.layout() == ModelDescriptor.Layout.NCHW
                ? MatTensors.planar(manager, aligned, rgb, descriptor.mean(), descriptor.std())
                : MatTensors.interleaved(manager, aligned, rgb, descriptor.mean(), descriptor.std()));
    }

    @Override
    public float[] processOutput(TranslatorContext ctx, NDList list) {
        float[] v = FrDetectTranslator.output(list, descriptor.outputName()).toFloatArray();
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        norm = Math.sqrt(norm);
        if (!(norm > 0) || !Double.isFinite(norm)) {
            return new float[0];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) norm;
        }
        return v;
    }
}
