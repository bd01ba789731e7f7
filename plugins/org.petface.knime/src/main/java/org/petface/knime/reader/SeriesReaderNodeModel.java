package org.petface.knime.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.petface.reader.ScanOptions;
import org.petface.reader.ScanResult;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SeriesScanner;
import org.petface.reader.SessionNumbers;
import org.petface.reader.SourceKind;
import org.petface.knime.common.ParametersNodeModel;

/**
 * Runs the series scanner (stage 1) on a folder setting or on the paths of an optional input table, and returns one
 * row per series or unreadable file. The DICOM reader reads DICOM only; the NIfTI reader hands only .nii/.nii.gz
 * files to the scanner, so it never parses DICOM headers.
 */
final class SeriesReaderNodeModel extends ParametersNodeModel<SeriesReaderNodeParameters> {

    private final SourceKind m_source;

    SeriesReaderNodeModel(final SourceKind source) {
        super(new PortType[]{BufferedDataTable.TYPE_OPTIONAL}, new PortType[]{BufferedDataTable.TYPE},
            SeriesReaderNodeParameters.class, new SeriesReaderNodeParameters());
        m_source = source;
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec input = (DataTableSpec)inSpecs[0];
        if (input != null) {
            pathColumnIndex(input, parameters().m_pathColumn);
        } else if (parameters().m_folder.isBlank()) {
            throw new InvalidSettingsException("The folder to read is not set (option \"Folder\").");
        }
        return new PortObjectSpec[]{SeriesTable.SPEC};
    }

    private static int pathColumnIndex(final DataTableSpec input, final String column)
        throws InvalidSettingsException {
        final int index = input.findColumnIndex(column);
        if (index < 0) {
            throw new InvalidSettingsException("The input table has no column \"" + column
                + "\" (option \"Path column\").");
        }
        if (!input.getColumnSpec(index).getType().isCompatible(StringValue.class)) {
            throw new InvalidSettingsException("Column \"" + column + "\" (option \"Path column\") does not hold text.");
        }
        return index;
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final List<Path> roots = roots((BufferedDataTable)inObjects[0]);
        exec.checkCanceled();
        exec.setProgress(0, "Scanning " + roots.size() + " location(s)");
        final ScanOptions options = new ScanOptions(parameters().m_recursive, false, m_source == SourceKind.NIFTI,
            Runtime.getRuntime().availableProcessors(), ScanOptions.defaults().maxSequenceDepth());
        final ScanResult result = new SeriesScanner(options)
            .apply(m_source == SourceKind.NIFTI ? niftiFiles(roots, exec) : roots);
        exec.checkCanceled();
        final Map<SeriesRecord, Integer> sessions = SessionNumbers.of(result.rows());
        final BufferedDataContainer out = exec.createDataContainer(SeriesTable.SPEC);
        long index = 0;
        for (final SeriesRecord r : result.rows()) {
            exec.checkCanceled();
            out.addRowToTable(SeriesTable.toRow(RowKey.createRowKey(index), r, sessions.get(r)));
            index++;
            exec.setProgress(index / (double)result.rows().size(), "Row " + index + " of " + result.rows().size());
        }
        out.close();
        return new PortObject[]{out.getTable()};
    }

    private List<Path> roots(final BufferedDataTable input) throws InvalidSettingsException {
        if (input == null) {
            return List.of(Path.of(parameters().m_folder));
        }
        final int column = pathColumnIndex(input.getDataTableSpec(), parameters().m_pathColumn);
        final Set<Path> roots = new LinkedHashSet<>();
        for (final DataRow row : input) {
            if (!row.getCell(column).isMissing()) {
                roots.add(Path.of(((StringValue)row.getCell(column)).getStringValue()));
            }
        }
        return new ArrayList<>(roots);
    }

    /** The NIfTI files under the roots; a root that is not a folder is passed on as given (the scanner reports it). */
    private List<Path> niftiFiles(final List<Path> roots, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        final List<Path> files = new ArrayList<>();
        for (final Path root : roots) {
            exec.checkCanceled();
            if (!Files.isDirectory(root)) {
                files.add(root);
                continue;
            }
            try (Stream<Path> walk = parameters().m_recursive ? Files.walk(root) : Files.list(root)) {
                walk.filter(Files::isRegularFile).filter(SeriesReaderNodeModel::isNiftiName).sorted()
                    .forEach(files::add);
            }
        }
        return files;
    }

    private static boolean isNiftiName(final Path file) {
        final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nii") || name.endsWith(".nii.gz");
    }

}
