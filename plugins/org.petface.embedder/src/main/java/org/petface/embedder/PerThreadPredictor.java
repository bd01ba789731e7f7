package org.petface.embedder;

import java.util.ArrayList;
import java.util.List;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;

/** One DJL predictor per calling thread over a shared model, all closed together. */
final class PerThreadPredictor<I, O> implements AutoCloseable {

    private final Model model;
    private final Translator<I, O> translator;
    private final List<Predictor<I, O>> created = new ArrayList<>();
    private final ThreadLocal<Predictor<I, O>> perThread;

    PerThreadPredictor(Model model, Translator<I, O> translator) {
        this.model = model;
        this.translator = translator;
        this.perThread = ThreadLocal.withInitial(this::newPredictor);
    }

    private Predictor<I, O> newPredictor() {
        Predictor<I, O> predictor = model.newPredictor(translator);
        synchronized (created) {
            created.add(predictor);
        }
        return predictor;
    }

    O predict(I input) {
        try {
            return perThread.get().predict(input);
        } catch (TranslateException e) {
            throw new IllegalStateException(model.getName() + ": inference failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (created) {
            created.forEach(Predictor::close);
            created.clear();
        }
    }
}
