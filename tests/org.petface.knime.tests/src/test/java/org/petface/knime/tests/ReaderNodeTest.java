package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.IntValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;
import org.petface.knime.cohort.CohortNodeFactory;
import org.petface.knime.reader.DicomReaderNodeFactory;
import org.petface.knime.reader.NiftiReaderNodeFactory;
import org.petface.knime.reader.SeriesTable;

class ReaderNodeTest {

    @TempDir
    static Path cohortFolder;

    static BufferedDataTable cohort;

    @BeforeAll
    static void writeCohort() throws Exception {
        cohort = NodeFixtures.cohort(cohortFolder, "BOTH");
    }

    private static BufferedDataTable read(final NodeModel model, final BufferedDataTable input) throws Exception {
        final PortObjectSpec[] spec = NodeHarness.configure(model, input == null ? null : input.getDataTableSpec());
        final BufferedDataTable out = NodeHarness.execute(model, NodeHarness.newExecutionContext(), input);
        assertEquals(spec[0], out.getDataTableSpec(), "configure() promised another spec");
        return out;
    }

    @Test
    void dicomReaderFindsEverySeriesAndReportsTheManifestAsUnreadable() throws Exception {
        final NodeModel model = new DicomReaderNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, NodeFixtures.readerSettings(cohortFolder.toString(), "path"));
        final BufferedDataTable out = read(model, null);
        final List<DataRow> rows = Tables.rows(out);
        final List<DataRow> series = rows.stream().filter(r -> slices(out, r) > 0).toList();
        assertEquals(4, series.size(), "2 subjects x CT/PT");
        for (final DataRow r : series) {
            assertEquals("DICOM", Tables.text(out, r, SeriesTable.SOURCE));
            assertFalse(Tables.text(out, r, SeriesTable.PATIENT_KEY).contains("PHANTOM"),
                "the patient id must be pseudonymised");
        }
        for (final DataRow r : series) {
            assertEquals("OK", Tables.text(out, r, SeriesTable.STATUS), Tables.text(out, r, SeriesTable.REASON));
        }
        final List<DataRow> bad = rows.stream().filter(r -> slices(out, r) == 0).toList();
        assertEquals(1, bad.size(), "manifest.csv");
        assertTrue(Tables.text(out, bad.get(0), SeriesTable.LOCATION).endsWith("manifest.csv"));
        assertEquals("WARNING", Tables.text(out, bad.get(0), SeriesTable.STATUS), "not DICOM");
    }

    private static int slices(final BufferedDataTable table, final DataRow row) {
        return ((IntValue)Tables.cell(table, row, SeriesTable.SLICES)).getIntValue();
    }

    @Test
    void dicomReaderReadsThePathsOfAConnectedTable() throws Exception {
        final NodeModel model = new DicomReaderNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, NodeFixtures.readerSettings("", "path"));
        final BufferedDataTable out = read(model, cohort);
        final List<DataRow> rows = Tables.rows(out);
        assertEquals(4, rows.size(), "the DICOM folders; NIfTI paths are not DICOM and are skipped");
        assertTrue(rows.stream().allMatch(r -> !"ERROR".equals(Tables.text(out, r, SeriesTable.STATUS))));
    }

    @Test
    void niftiReaderReadsOnlyNiftiFiles() throws Exception {
        final NodeModel model = new NiftiReaderNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, NodeFixtures.readerSettings(cohortFolder.toString(), "path"));
        final BufferedDataTable out = read(model, null);
        final List<DataRow> rows = Tables.rows(out);
        assertEquals(4, rows.size());
        assertTrue(rows.stream().allMatch(r -> "NIFTI".equals(Tables.text(out, r, SeriesTable.SOURCE))));
        assertTrue(rows.stream().allMatch(r -> !"ERROR".equals(Tables.text(out, r, SeriesTable.STATUS))));
    }

    @Test
    void sessionsFollowTheStudyDatesInDicomAndTheSessionFoldersInNifti(@TempDir final Path folder) throws Exception {
        final KnimeConfig settings = NodeFixtures.cohortSettings(folder, "BOTH");
        settings.addInt("sessions", 2);
        final NodeModel cohortModel = new CohortNodeFactory().createNodeModel();
        NodeHarness.loadSettings(cohortModel, settings);
        NodeHarness.execute(cohortModel, NodeHarness.newExecutionContext());
        final Pattern sessionFolder = Pattern.compile(".*[/\\\\]session-(\\d+)[/\\\\].*");
        for (final NodeModel model : List.of(new DicomReaderNodeFactory().createNodeModel(),
            new NiftiReaderNodeFactory().createNodeModel())) {
            NodeHarness.loadSettings(model, NodeFixtures.readerSettings(folder.toString(), "path"));
            final BufferedDataTable out = read(model, null);
            assertEquals(out.getDataTableSpec().findColumnIndex(SeriesTable.PATIENT_KEY) + 1,
                out.getDataTableSpec().findColumnIndex(SeriesTable.SESSION), "Session follows Patient key");
            int series = 0;
            for (final DataRow r : Tables.rows(out)) {
                final String location = Tables.text(out, r, SeriesTable.LOCATION);
                final DataCell session = Tables.cell(out, r, SeriesTable.SESSION);
                if (slices(out, r) == 0) {
                    assertTrue(session.isMissing(), location + ": an unreadable file has no session");
                    continue;
                }
                final Matcher m = sessionFolder.matcher(location);
                assertTrue(m.matches(), location);
                assertEquals(Integer.parseInt(m.group(1)), ((IntValue)session).getIntValue(), location);
                series++;
            }
            assertEquals(8, series, "2 subjects x 2 sessions x CT/PT");
        }
    }

    @Test
    void configureNamesTheMissingPathColumnOrFolder() throws Exception {
        final NodeModel model = new DicomReaderNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, NodeFixtures.readerSettings("", "folders"));
        final InvalidSettingsException noColumn = assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.configure(model, cohort.getDataTableSpec()));
        assertTrue(noColumn.getMessage().contains("\"folders\""), noColumn.getMessage());
        final InvalidSettingsException noFolder = assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.configure(model, (PortObjectSpec)null));
        assertTrue(noFolder.getMessage().contains("Folder"), noFolder.getMessage());
    }

    @Test
    void canceledExecutionStops() throws Exception {
        final NodeModel model = new DicomReaderNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, NodeFixtures.readerSettings(cohortFolder.toString(), "path"));
        final ExecutionContext exec = NodeHarness.newExecutionContext();
        NodeHarness.requestCancel(exec);
        assertThrows(CanceledExecutionException.class, () -> NodeHarness.execute(model, exec, (BufferedDataTable)null));
    }
}
