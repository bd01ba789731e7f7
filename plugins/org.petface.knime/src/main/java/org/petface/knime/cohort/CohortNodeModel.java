package org.petface.knime.cohort;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.petface.phantom.CohortGenerator;
import org.petface.phantom.CohortOptions;
import org.petface.phantom.CohortResult;
import org.petface.phantom.ManifestEntry;
import org.petface.knime.common.ParametersNodeModel;

/** Generates a synthetic cohort (CohortGenerator) and returns its manifest: one row per written series. */
final class CohortNodeModel extends ParametersNodeModel<CohortNodeParameters> {

    static final String SUBJECT = "subject";
    static final String SESSION = "session";
    static final String MODALITY = "modality";
    static final String FORMAT = "format";
    static final String PATH = "path";

    static final DataTableSpec SPEC = new DataTableSpec("Cohort manifest",
        new DataColumnSpecCreator(SUBJECT, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(SESSION, IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator(MODALITY, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(FORMAT, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(PATH, StringCell.TYPE).createSpec());

    CohortNodeModel() {
        super(0, 1, CohortNodeParameters.class, new CohortNodeParameters());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        options();
        return new DataTableSpec[]{SPEC};
    }

    private CohortOptions options() throws InvalidSettingsException {
        if (parameters().m_outputFolder.isBlank()) {
            throw new InvalidSettingsException("The output folder is not set (option \"Output folder\").");
        }
        try {
            return parameters().toOptions();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        final CohortOptions options = options();
        exec.checkCanceled();
        exec.setProgress(0, "Generating " + options.subjects() + " subject(s)");
        final CohortResult result = CohortGenerator.apply(options);
        exec.checkCanceled();
        final List<CohortResult.SessionOutcome> failed =
            result.outcomes().stream().filter(o -> o.status().isError()).toList();
        if (result.entries().isEmpty()) {
            throw new IllegalStateException("No session could be written: " + failed.get(0).status().reason());
        }
        if (!failed.isEmpty()) {
            setWarningMessage(failed.size() + " session(s) failed, e.g. " + failed.get(0).subject() + " session "
                + failed.get(0).session() + ": " + failed.get(0).status().reason());
        }
        final Path folder = options.outputDirectory().toAbsolutePath();
        final BufferedDataContainer out = exec.createDataContainer(SPEC);
        long index = 0;
        for (final ManifestEntry e : result.entries()) {
            out.addRowToTable(new DefaultRow(RowKey.createRowKey(index++), new StringCell(e.subject()),
                new IntCell(e.session()), new StringCell(e.modality().name()),
                new StringCell(e.format().name().toLowerCase(Locale.ROOT)),
                new StringCell(folder.resolve(e.relativePath()).toString())));
        }
        out.close();
        exec.setProgress(1);
        return new BufferedDataTable[]{out.getTable()};
    }

}
