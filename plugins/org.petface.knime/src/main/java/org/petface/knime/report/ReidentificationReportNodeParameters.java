package org.petface.knime.report;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.petface.knime.common.RegularExpressionOption;

/** Settings of the Re-identification Report node. */
final class ReidentificationReportNodeParameters implements NodeParameters {

    @Widget(title = "Output folder", description = """
            The folder the report is written to (report.html, metrics.json, ranks.csv); created when missing,
            existing report files are replaced.
            """)
    String m_outputFolder = "";

    @Widget(title = "Title", description = "The report's title.")
    String m_title = "Face re-identification risk";

    @Widget(title = "Experiment", description = "The experiment's name in the report, e.g. pet_to_ct.")
    String m_experiment = "pet_to_ct";

    @Widget(title = "Probe", description = "What the probes are, e.g. PET.")
    String m_probe = "PET";

    @Widget(title = "Gallery", description = "What the gallery is, e.g. CT.")
    String m_gallery = "CT";

    @Widget(title = "Embedder", description = "The embedder the Face Embedder node used, e.g. fr_feature.")
    String m_embedder = "fr_feature";

    @Widget(title = "Cohort description", description = "One sentence on the cohort, shown at the top of the report.")
    String m_cohortDescription = "";

    @Widget(title = "Renders: identity column", description = """
            Only with the optional renders input: the column naming who each render shows (e.g. Patient key), the
            same identities as the Face Matcher's.
            """)
    String m_renderIdentityColumn = "Patient key";

    @Widget(title = "Renders: image column", description = """
            Only with the optional renders input: the PNG image column shown per subject (e.g. Render, from the Face
            Renderer node).
            """)
    String m_renderImageColumn = "Render";

    @Widget(title = "Renders: selection column", description = """
            Only with the optional renders input: the column the two render patterns are matched against (e.g.
            Modality); empty treats every render as both probe and gallery render.
            """)
    String m_renderSelectionColumn = "Modality";

    @Widget(title = "Renders: probe pattern", description = """
            Regular expression (matched in full) that picks each subject's probe render, e.g. PT; the first match
            of a subject is shown.
            """)
    String m_probeRenderPattern = "PT";

    @Widget(title = "Renders: gallery pattern", description = """
            Regular expression (matched in full) that picks each subject's gallery render, e.g. CT.
            """)
    String m_galleryRenderPattern = "CT";

    @Override
    public void validate() throws InvalidSettingsException {
        if (m_outputFolder == null || m_outputFolder.isBlank()) {
            throw new InvalidSettingsException("The output folder is not set (option \"Output folder\").");
        }
        for (final String[] option : new String[][]{{"Title", m_title}, {"Experiment", m_experiment},
            {"Probe", m_probe}, {"Gallery", m_gallery}, {"Embedder", m_embedder}}) {
            if (option[1] == null || option[1].isBlank()) {
                throw new InvalidSettingsException("Option \"" + option[0] + "\" must not be empty.");
            }
        }
        RegularExpressionOption.compile("Renders: probe pattern", m_probeRenderPattern);
        RegularExpressionOption.compile("Renders: gallery pattern", m_galleryRenderPattern);
    }
}
