package org.petface.knime.cohort;

import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;
import org.petface.phantom.CohortOptions;
import org.petface.phantom.OutputFormat;

/** Settings of the Synthetic PET/CT Cohort node; {@link #toOptions} maps them to the generator's options. */
final class CohortNodeParameters implements NodeParameters {

    @Widget(title = "Output folder", description = """
            Where the subject folders and manifest.csv are written (created if missing). Use an empty folder:
            files of an earlier cohort with the same names are replaced.
            """)
    String m_outputFolder = "";

    @Widget(title = "Subjects", description = "Number of synthetic patients (1 to 10000).")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    int m_subjects = 4;

    @Widget(title = "Sessions", description = """
            1, or 2 for a repeat visit of every subject (new pose and weight, same face).
            """)
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    int m_sessions = 1;

    @Widget(title = "Seed", description = "The cohort seed: the same seed and settings give the same files.")
    long m_seed = 1;

    @Widget(title = "Format", description = "DICOM series folders, NIfTI files, or both.")
    OutputFormat m_format = OutputFormat.DICOM;

    @Widget(title = "Resolution scale", description = """
            1 for clinical matrix sizes (CT 512x512 at 0.98 mm, PET 200x200 at 2.5 mm); smaller values (e.g. 0.25)
            give coarse cohorts for quick trials.
            """, advanced = true)
    double m_resolutionScale = 1;

    @Override
    public void validate() throws InvalidSettingsException {
        try {
            toOptions();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** The generator's options; throws IllegalArgumentException naming the bad option. */
    CohortOptions toOptions() {
        final int threads = Math.min(CohortOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors());
        return new CohortOptions(m_subjects, m_seed, m_sessions, m_format, Path.of(m_outputFolder),
            threads, m_resolutionScale);
    }
}
