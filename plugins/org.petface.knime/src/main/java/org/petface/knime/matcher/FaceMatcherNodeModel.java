package org.petface.knime.matcher;

import java.util.List;

import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.matcher.MatchSides.Readout;
import org.petface.knime.matcher.MatchSides.ValueColumn;
import org.petface.matcher.BootstrapOptions;
import org.petface.matcher.SimilarityMatrix;
import org.petface.matcher.VectorMatcher;

/**
 * Closed-set identification and verification of probe embeddings against a gallery (stage 6): the rank of every
 * probe's true identity, and top-1/5/10, ROC AUC and EER with bootstrap confidence intervals. A probe without an
 * embedding stays in the denominator as a miss, as in the engine; gallery rows without one are left out with a warning.
 * The third output is the ROC curve, so the Re-identification Report node can draw it.
 */
final class FaceMatcherNodeModel extends MatchNodeModel<FaceMatcherNodeParameters, float[]> {

    FaceMatcherNodeModel() {
        super(FaceMatcherNodeParameters.class, new FaceMatcherNodeParameters());
    }

    @Override
    MatchSides<float[]> sides() {
        return new MatchSides<>(parameters().selection(), new ValueColumn<>(parameters().m_embeddingColumn,
            "Embedding column", DoubleVectorValue.class, "embedding",
            (cell, role) -> Readout.of(toFloats((DoubleVectorValue)cell))),
            "connect the output of a Face Embedder node.");
    }

    @Override
    BootstrapOptions bootstrap() throws InvalidSettingsException {
        return parameters().bootstrap();
    }

    @Override
    SimilarityMatrix scores(final List<float[]> probes, final List<float[]> gallery, final ExecutionMonitor exec) {
        return VectorMatcher.applyVectors(probes, gallery, parameters().similarity());
    }

    private static float[] toFloats(final DoubleVectorValue vector) {
        final float[] values = new float[vector.getLength()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float)vector.getValue(i);
        }
        return values;
    }
}
