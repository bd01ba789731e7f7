package org.petface.knime.matcher;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider.StringColumnsProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveDoubleValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;
import org.petface.knime.data.MeshColumns;
import org.petface.matcher.BootstrapOptions;
import org.petface.matcher.shape.ShapeMatchOptions;

/**
 * Settings of the Face Shape Matcher node; {@link #toOptions} maps them to the shape matcher's options. The defaults
 * are the fast settings of the petface experiment (8 mm probe and 3 mm gallery sampling, 8 ICP steps).
 */
final class FaceShapeMatcherNodeParameters implements NodeParameters {

    @Widget(title = "Identity column", description = """
            The column naming who each row is (e.g. the pseudonymous Patient key); a probe's true match is the gallery
            mesh with the same identity. Both tables must have it.
            """)
    @ChoicesProvider(StringColumnsProvider.class)
    String m_identityColumn = "Patient key";

    @Widget(title = "Mesh column", description = "The column of skin meshes (from the Surface Extractor node).")
    @ChoicesProvider(MeshColumns.class)
    String m_meshColumn = "Mesh";

    @Widget(title = "Selection column", description = """
            The column the probe and gallery patterns are matched against (Modality, or Session for sessions); a
            text or integer column (an integer is matched as its decimal digits, e.g. 2); empty uses every row of
            both tables.
            """)
    String m_selectionColumn = "Modality";

    @Widget(title = "Probe pattern", description = """
            Probe rows are those whose selection cell matches this regular expression in full (e.g. CT, or
            .*session-2.CT); empty uses every row. One table can feed both ports.
            """)
    String m_probePattern = "PT";

    @Widget(title = "Gallery pattern", description = """
            Gallery rows are those whose selection cell matches this regular expression in full (e.g. CT, or
            .*session-1.CT); empty uses every row.
            """)
    String m_galleryPattern = "CT";

    @Widget(title = "Probe sampling (mm)", description = """
            The probe's face region is thinned to one point per cube of this size before registration: larger is
            faster, smaller more exact (the engine's thorough setting is 3).
            """)
    @NumberInputWidget(minValidation = IsPositiveDoubleValidation.class)
    double m_probeSpacingMm = 8;

    @Widget(title = "Gallery sampling (mm)", description = """
            The gallery's face region, the surface each probe is fitted to, is thinned to this spacing (finer than
            the probe's; the thorough setting is 1.5).
            """)
    @NumberInputWidget(minValidation = IsPositiveDoubleValidation.class)
    double m_gallerySpacingMm = 3;

    @Widget(title = "ICP steps", description = """
            Iterations of point-to-plane ICP at most for each probe-gallery pair (the thorough setting is 30).
            """)
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    int m_icpSteps = 8;

    @Widget(title = "Face radius (mm)", description = """
            The face region: the vertices within this distance of the nose tip, across the face.
            """, advanced = true)
    @NumberInputWidget(minValidation = IsPositiveDoubleValidation.class)
    double m_faceRadiusMm = 75;

    @Widget(title = "Face depth (mm)", description = """
            ... and at most this far behind the nose tip, which keeps the ears and the back of the head out.
            """, advanced = true)
    @NumberInputWidget(minValidation = IsPositiveDoubleValidation.class)
    double m_faceDepthMm = 60;

    @Widget(title = "Keep fraction", description = """
            Fraction of the closest point pairs each ICP step fits and the score measures (trimmed ICP; the rest,
            e.g. where one scan shows an open mouth, counts as outliers). Between 0 (exclusive) and 1.
            """, advanced = true)
    double m_keepFraction = 0.9;

    @Widget(title = "Bootstrap resamples", description = "Resamples of the probes for the confidence intervals.")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    int m_bootstrapReplicates = 1000;

    @Widget(title = "Bootstrap seed", description = "Seed of the resampling: the same seed gives the same intervals.")
    long m_bootstrapSeed = 1;

    @Override
    public void validate() throws InvalidSettingsException {
        selection().validate();
        if (m_meshColumn == null || m_meshColumn.isBlank()) {
            throw new InvalidSettingsException("Option \"Mesh column\": choose the column of meshes.");
        }
        try {
            toOptions();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Face Shape Matcher settings: " + e.getMessage(), e);
        }
        bootstrap();
    }

    MatchSelection selection() {
        return new MatchSelection(m_identityColumn, m_selectionColumn, m_probePattern, m_galleryPattern);
    }

    /** Probes are registered in parallel on every core; the scores do not depend on the thread count. */
    ShapeMatchOptions toOptions() {
        return new ShapeMatchOptions(ShapeMatchOptions.defaults().noseSearchBandMm(), m_faceRadiusMm, m_faceDepthMm,
            m_probeSpacingMm, m_gallerySpacingMm, m_icpSteps, m_keepFraction, Runtime.getRuntime().availableProcessors());
    }

    BootstrapOptions bootstrap() throws InvalidSettingsException {
        return MatchTables.bootstrap(m_bootstrapReplicates, m_bootstrapSeed);
    }
}
