package org.petface.knime.report;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;

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
    }
}
