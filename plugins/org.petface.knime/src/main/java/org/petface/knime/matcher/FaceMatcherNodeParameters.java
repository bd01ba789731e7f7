package org.petface.knime.matcher;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider.StringColumnsProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.petface.matcher.BootstrapOptions;
import org.petface.matcher.SimilarityMetric;
import org.petface.matcher.SimilarityOptions;

/** Settings of the Face Matcher node. */
final class FaceMatcherNodeParameters implements NodeParameters {

    static final class EmbeddingColumns extends CompatibleColumnsProvider {
        EmbeddingColumns() {
            super(DoubleVectorValue.class);
        }
    }

    @Widget(title = "Identity column", description = """
            The column naming who each row is (e.g. the pseudonymous Patient key); probe and gallery rows of the same
            person share it. Both tables must have it.
            """)
    @ChoicesProvider(StringColumnsProvider.class)
    String m_identityColumn = "Patient key";

    @Widget(title = "Embedding column", description = "The column of face embeddings (from the Face Embedder node).")
    @ChoicesProvider(EmbeddingColumns.class)
    String m_embeddingColumn = "Embedding";

    @Widget(title = "Selection column", description = """
            The column the two patterns below are matched against (e.g. Modality, or Session to tell sessions
            apart); a text or integer column (an integer is matched as its decimal digits, e.g. 2); empty uses every
            row of both tables.
            """)
    String m_selectionColumn = "Modality";

    @Widget(title = "Probe pattern", description = """
            Use only probe rows whose selection cell matches this regular expression in full (e.g. PT); empty uses
            every row. With patterns set, one table can feed both ports (PET probes against a CT gallery).
            """)
    String m_probePattern = "PT";

    @Widget(title = "Gallery pattern", description = """
            Use only gallery rows whose selection cell matches this regular expression in full (e.g. CT); empty uses
            every row.
            """)
    String m_galleryPattern = "CT";

    @Widget(title = "Similarity", description = "Cosine similarity, or minus the Euclidean distance.")
    SimilarityMetric m_metric = SimilarityMetric.COSINE;

    @Widget(title = "Bootstrap resamples", description = "Resamples of the probes for the confidence intervals.")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    int m_bootstrapReplicates = 1000;

    @Widget(title = "Bootstrap seed", description = "Seed of the resampling: the same seed gives the same intervals.")
    long m_bootstrapSeed = 1;

    @Override
    public void validate() throws InvalidSettingsException {
        selection().validate();
        if (m_embeddingColumn == null || m_embeddingColumn.isBlank()) {
            throw new InvalidSettingsException("Option \"Embedding column\": choose the column of embeddings.");
        }
        bootstrap();
    }

    MatchSelection selection() {
        return new MatchSelection(m_identityColumn, m_selectionColumn, m_probePattern, m_galleryPattern);
    }

    SimilarityOptions similarity() {
        return SimilarityOptions.defaults().withMetric(m_metric);
    }

    BootstrapOptions bootstrap() throws InvalidSettingsException {
        return MatchTables.bootstrap(m_bootstrapReplicates, m_bootstrapSeed);
    }
}
