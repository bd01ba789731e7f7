package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.vector.doublevector.DoubleVectorCellFactory;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;
import org.petface.knime.matcher.FaceMatcherNodeFactory;
import org.petface.knime.report.ReidentificationReportNodeFactory;

/** Face Matcher on in-memory embedding tables whose answer is known. */
class FaceMatcherNodeTest {

    static final DataTableSpec SPEC = new DataTableSpec(
        new DataColumnSpecCreator("Patient key", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("Modality", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("Embedding", DoubleVectorCellFactory.TYPE).createSpec());

    static KnimeConfig settings(final String probeModality, final String galleryModality) {
        final KnimeConfig s = new KnimeConfig("model");
        s.addString("identityColumn", "Patient key");
        s.addString("embeddingColumn", "Embedding");
        s.addString("selectionColumn", "Modality");
        s.addString("probePattern", probeModality);
        s.addString("galleryPattern", galleryModality);
        s.addString("metric", "COSINE");
        s.addInt("bootstrapReplicates", 200);
        s.addLong("bootstrapSeed", 3);
        return s;
    }

    /** Ten people; each PET embedding is its CT embedding plus a little noise, so PET probes find their CT. */
    static BufferedDataTable petAndCt(final boolean firstPetWithoutFace) {
        final Random random = new Random(11);
        final List<DataRow> rows = new ArrayList<>();
        for (int person = 0; person < 10; person++) {
            final double[] ct = new double[16];
            final double[] pet = new double[16];
            for (int i = 0; i < ct.length; i++) {
                ct[i] = random.nextGaussian();
                pet[i] = ct[i] + 0.1 * random.nextGaussian();
            }
            final StringCell key = new StringCell("P" + person);
            rows.add(new DefaultRow("CT" + person, key, new StringCell("CT"), DoubleVectorCellFactory.createCell(ct)));
            final DataCell petCell = firstPetWithoutFace && person == 0 ? new MissingCell("no face")
                : DoubleVectorCellFactory.createCell(pet);
            rows.add(new DefaultRow("PT" + person, key, new StringCell("PT"), petCell));
        }
        return NodeHarness.table(SPEC, rows);
    }

    static BufferedDataTable[] match(final KnimeConfig settings, final BufferedDataTable probes,
        final BufferedDataTable gallery) throws Exception {
        final NodeModel model = new FaceMatcherNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, settings);
        return NodeHarness.executeAll(model, NodeHarness.newExecutionContext(), probes, gallery);
    }

    static double metric(final BufferedDataTable metrics, final String column) {
        return ((DoubleValue)Tables.cell(metrics, Tables.rows(metrics).get(0), column)).getDoubleValue();
    }

    @Test
    void oneTableFeedsBothPortsThroughTheSelectionPatterns() throws Exception {
        final BufferedDataTable table = petAndCt(false);
        final NodeModel model = new FaceMatcherNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, settings("PT", "CT"));
        final PortObjectSpec[] specs = NodeHarness.configure(model, SPEC, SPEC);
        final BufferedDataTable[] out = NodeHarness.executeAll(model, NodeHarness.newExecutionContext(), table, table);
        assertEquals(specs[0], out[0].getDataTableSpec());
        assertEquals(specs[1], out[1].getDataTableSpec());
        assertEquals(specs[2], out[2].getDataTableSpec());
        assertTrue(out[2].size() >= 2, "the ROC curve has vertices");
        assertEquals(10, out[0].size(), "one rank row per PET probe");
        for (final DataRow row : Tables.rows(out[0])) {
            assertEquals(1, ((IntValue)Tables.cell(out[0], row, "Rank")).getIntValue());
            assertTrue(Tables.text(out[0], row, "Probe row").startsWith("PT"));
        }
        assertEquals(1.0, metric(out[1], "Top-1"), 1e-9);
        assertEquals(1.0, metric(out[1], "AUC"), 1e-9);
        assertEquals(0.0, metric(out[1], "EER"), 1e-9);
        assertEquals(10, ((IntValue)Tables.cell(out[1], Tables.rows(out[1]).get(0), "Gallery identities")).getIntValue());
    }

    @Test
    void anIntegerSelectionColumnSelectsByItsDecimalText() throws Exception {
        final DataTableSpec spec = new DataTableSpec(
            new DataColumnSpecCreator("Patient key", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("Session", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator("Embedding", DoubleVectorCellFactory.TYPE).createSpec());
        final List<DataRow> rows = new ArrayList<>();
        for (final DataRow row : Tables.rows(petAndCt(false))) {
            final boolean pet = row.getKey().getString().startsWith("PT");
            rows.add(new DefaultRow(row.getKey(), row.getCell(0), new IntCell(pet ? 2 : 1), row.getCell(2)));
            if (pet) {
                // Session 12 must not pass as "2": the pattern matches the whole decimal text.
                rows.add(new DefaultRow("S12-" + row.getKey().getString(), row.getCell(0), new IntCell(12),
                    row.getCell(2)));
            }
        }
        final BufferedDataTable table = NodeHarness.table(spec, rows);
        final KnimeConfig settings = settings("2", "1");
        settings.addString("selectionColumn", "Session");
        final NodeModel model = new FaceMatcherNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, settings);
        NodeHarness.configure(model, spec, spec);
        final BufferedDataTable[] out = NodeHarness.executeAll(model, NodeHarness.newExecutionContext(), table, table);
        assertEquals(10, out[0].size(), "one rank row per session-2 probe");
        for (final DataRow row : Tables.rows(out[0])) {
            assertTrue(Tables.text(out[0], row, "Probe row").startsWith("PT"));
        }
        assertEquals(1.0, metric(out[1], "Top-1"), 1e-9);
        assertEquals(10, ((IntValue)Tables.cell(out[1], Tables.rows(out[1]).get(0), "Gallery identities")).getIntValue());
    }

    @Test
    void aSelectionColumnOfAnotherTypeIsRejectedNamingTheOption() throws Exception {
        final KnimeConfig settings = settings("PT", "CT");
        settings.addString("selectionColumn", "Embedding");
        final NodeModel model = new FaceMatcherNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, settings);
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NodeHarness.configure(model, SPEC, SPEC));
        assertTrue(e.getMessage().contains("Selection column") && e.getMessage().contains("IntValue"),
            e.getMessage());
    }

    @Test
    void aProbeWithoutAnEmbeddingIsAMissInTheDenominator() throws Exception {
        final BufferedDataTable table = petAndCt(true);
        final BufferedDataTable[] out = match(settings("PT", "CT"), table, table);
        final DataRow first = Tables.rows(out[0]).get(0);
        assertEquals("MISSED", Tables.text(out[0], first, "Status"));
        assertEquals("no embedding in this row", Tables.text(out[0], first, "Reason"));
        assertTrue(Tables.cell(out[0], first, "Rank").isMissing());
        assertEquals(0.9, metric(out[1], "Top-1"), 1e-9);
        assertTrue(metric(out[1], "Top-1 CI low") <= 0.9 && metric(out[1], "Top-1 CI high") >= 0.9);
    }

    @Test
    void probesWithoutAnyEmbeddingAreAllMissesNotAFailure() throws Exception {
        final List<DataRow> rows = new ArrayList<>();
        for (final DataRow row : Tables.rows(petAndCt(false))) {
            final boolean pet = row.getKey().getString().startsWith("PT");
            rows.add(new DefaultRow(row.getKey(), row.getCell(0), row.getCell(1),
                pet ? new MissingCell("no face") : row.getCell(2)));
        }
        final BufferedDataTable table = NodeHarness.table(SPEC, rows);
        final NodeModel model = new FaceMatcherNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, settings("PT", "CT"));
        final BufferedDataTable[] out = NodeHarness.executeAll(model, NodeHarness.newExecutionContext(), table, table);
        assertEquals(10, out[0].size());
        for (final DataRow row : Tables.rows(out[0])) {
            assertEquals("MISSED", Tables.text(out[0], row, "Status"));
        }
        assertEquals(0.0, metric(out[1], "Top-1"), 1e-9);
        assertEquals(0.0, metric(out[1], "Top-10"), 1e-9);
        assertTrue(NodeHarness.warning(model).contains("all 10 count as misses"), NodeHarness.warning(model));
    }

    static KnimeConfig reportSettings(final Path folder) {
        final KnimeConfig s = new KnimeConfig("model");
        s.addString("outputFolder", folder.toString());
        s.addString("title", "Test report");
        s.addString("experiment", "pet_to_ct");
        s.addString("probe", "PET");
        s.addString("gallery", "CT");
        s.addString("embedder", "test vectors");
        s.addString("cohortDescription", "Ten synthetic people");
        s.addString("renderIdentityColumn", "Patient key");
        s.addString("renderImageColumn", "Render");
        s.addString("renderSelectionColumn", "Modality");
        s.addString("probeRenderPattern", "PT");
        s.addString("galleryRenderPattern", "CT");
        return s;
    }

    @Test
    void theReportNodeWritesTheMatchersNumbers(@TempDir final Path folder) throws Exception {
        final BufferedDataTable table = petAndCt(true);
        final BufferedDataTable[] matched = match(settings("PT", "CT"), table, table);
        final NodeModel report = new ReidentificationReportNodeFactory().createNodeModel();
        NodeHarness.loadSettings(report, reportSettings(folder));
        final PortObjectSpec[] spec = NodeHarness.configure(report, matched[0].getDataTableSpec(),
            matched[1].getDataTableSpec(), matched[2].getDataTableSpec());
        final BufferedDataTable files = NodeHarness.execute(report, NodeHarness.newExecutionContext(), matched);
        assertEquals(spec[0], files.getDataTableSpec());
        final Path html = Path.of(Tables.text(files, Tables.rows(files).get(0), "Report"));
        assertEquals(folder.resolve("report.html"), html);
        final String page = Files.readString(html);
        assertTrue(page.contains("Test report") && page.contains("pet_to_ct"), "title and experiment in the page");
        assertTrue(page.contains("no embedding in this row"), "the missed probe's reason is reported");
        final String json = Files.readString(Path.of(Tables.text(files, Tables.rows(files).get(0), "Metrics JSON")));
        assertTrue(json.contains("0.9"), "top-1 of 9 in 10 reaches metrics.json: " + json);
        final long csvLines = Files.readAllLines(Path.of(Tables.text(files, Tables.rows(files).get(0), "Ranks CSV")))
            .stream().filter(l -> !l.isBlank()).count();
        assertEquals(11, csvLines, "header and one line per probe");
    }

    @Test
    void theReportNodeNeedsAFolderAndTheMatcherColumns() throws Exception {
        final KnimeConfig noFolder = reportSettings(Path.of(""));
        noFolder.addString("outputFolder", "");
        assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.loadSettings(new ReidentificationReportNodeFactory().createNodeModel(), noFolder));
        final NodeModel report = new ReidentificationReportNodeFactory().createNodeModel();
        NodeHarness.loadSettings(report, reportSettings(Path.of("/tmp/unused")));
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NodeHarness.configure(report, SPEC, SPEC, SPEC));
        assertTrue(e.getMessage().contains("\"Identity\"") && e.getMessage().contains("ranks"), e.getMessage());
    }

    @Test
    void theSameSettingsGiveTheSameMetrics() throws Exception {
        final BufferedDataTable table = petAndCt(true);
        final BufferedDataTable a = match(settings("PT", "CT"), table, table)[1];
        final BufferedDataTable b = match(settings("PT", "CT"), table, table)[1];
        final DataRow ra = Tables.rows(a).get(0);
        final DataRow rb = Tables.rows(b).get(0);
        final double[] va = new double[ra.getNumCells()];
        final double[] vb = new double[rb.getNumCells()];
        for (int i = 2; i < va.length; i++) {
            va[i] = ((DoubleValue)ra.getCell(i)).getDoubleValue();
            vb[i] = ((DoubleValue)rb.getCell(i)).getDoubleValue();
        }
        assertArrayEquals(va, vb);
    }

    @Test
    void patternsAreRegularExpressionsMatchedInFull() throws Exception {
        final BufferedDataTable table = petAndCt(false);
        assertEquals(20, match(settings("(PT|CT)", "CT"), table, table)[0].size());
        assertThrows(IllegalStateException.class, () -> match(settings("P", "CT"), table, table),
            "P matches no modality in full");
    }

    @Test
    void failsWhenNoProbeQualifiesAndNamesTheModality() {
        final BufferedDataTable table = petAndCt(false);
        final IllegalStateException e =
            assertThrows(IllegalStateException.class, () -> match(settings("MR", "CT"), table, table));
        assertTrue(e.getMessage().contains("whose Modality matches \"MR\""), e.getMessage());
    }

    @Test
    void configureNamesTheMissingColumnAndTheSide() throws Exception {
        final DataTableSpec noEmbedding = new DataTableSpec(SPEC.getColumnSpec(0), SPEC.getColumnSpec(1));
        final NodeModel model = new FaceMatcherNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, settings("PT", "CT"));
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NodeHarness.configure(model, SPEC, noEmbedding));
        assertTrue(e.getMessage().contains("\"Embedding\"") && e.getMessage().contains("gallery"), e.getMessage());
    }

    @Test
    void settingsSurviveASaveLoadRoundTripAndBadOnesAreRejected() throws Exception {
        final NodeModel model = new FaceMatcherNodeFactory().createNodeModel();
        final KnimeConfig in = settings("", "CT");
        NodeHarness.loadSettings(model, in);
        final KnimeConfig saved = new KnimeConfig("model");
        NodeHarness.saveSettings(model, saved);
        assertEquals(in.children(), saved.children());
        final KnimeConfig bad = settings("PT", "CT");
        bad.addInt("bootstrapReplicates", 1);
        assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.loadSettings(new FaceMatcherNodeFactory().createNodeModel(), bad));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.loadSettings(new FaceMatcherNodeFactory().createNodeModel(), settings("P(T", "CT")));
        assertTrue(e.getMessage().contains("Probe pattern"), e.getMessage());
    }
}
