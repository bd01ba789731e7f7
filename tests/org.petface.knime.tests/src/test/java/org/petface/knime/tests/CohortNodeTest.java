package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;
import org.petface.knime.cohort.CohortNodeFactory;

class CohortNodeTest {

    @Test
    void configureWithoutOutputFolderNamesTheOption() {
        final NodeModel model = new CohortNodeFactory().createNodeModel();
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NodeHarness.configure(model));
        assertTrue(e.getMessage().contains("Output folder"), e.getMessage());
    }

    @Test
    void settingsSurviveSaveAndLoadUnderKnimesDefaultKeys(@TempDir final Path tmp) throws Exception {
        final NodeModel model = new CohortNodeFactory().createNodeModel();
        final KnimeConfig given = NodeFixtures.cohortSettings(tmp, "NIFTI");
        NodeHarness.loadSettings(model, given);
        final KnimeConfig saved = new KnimeConfig("model");
        NodeHarness.saveSettings(model, saved);
        assertEquals(given.children(), saved.children());
    }

    @Test
    void outOfRangeSettingsAreRejectedBeforeLoading(@TempDir final Path tmp) {
        final KnimeConfig bad = NodeFixtures.cohortSettings(tmp, "DICOM");
        bad.addInt("sessions", 3);
        final NodeModel model = new CohortNodeFactory().createNodeModel();
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NodeHarness.loadSettings(model, bad));
        assertTrue(e.getMessage().contains("sessions"), e.getMessage());
        final KnimeConfig unknownFormat = NodeFixtures.cohortSettings(tmp, "DICOM");
        unknownFormat.addString("format", "PNG");
        assertThrows(InvalidSettingsException.class, () -> NodeHarness.loadSettings(model, unknownFormat));
    }

    @Test
    void executeListsEveryWrittenSeriesWithTheConfiguredSpec(@TempDir final Path tmp) throws Exception {
        final NodeModel model = new CohortNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, NodeFixtures.cohortSettings(tmp, "BOTH"));
        final PortObjectSpec[] spec = NodeHarness.configure(model);
        final BufferedDataTable table = NodeHarness.execute(model, NodeHarness.newExecutionContext());
        assertEquals(spec[0], table.getDataTableSpec());
        final List<DataRow> rows = Tables.rows(table);
        assertEquals(8, rows.size(), "2 subjects x CT/PT x DICOM/NIfTI");
        for (final DataRow row : rows) {
            assertTrue(Files.exists(Path.of(Tables.text(table, row, "path"))), row.toString());
        }
        final Set<String> kinds = rows.stream()
            .map(r -> Tables.text(table, r, "modality") + "/" + Tables.text(table, r, "format"))
            .collect(Collectors.toSet());
        assertEquals(Set.of("CT/dicom", "PT/dicom", "CT/nifti", "PT/nifti"), kinds);
        assertTrue(Files.exists(tmp.resolve("manifest.csv")));
    }
}
