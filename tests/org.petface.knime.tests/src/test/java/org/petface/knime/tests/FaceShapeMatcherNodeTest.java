package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CancelOnMessage;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;
import org.petface.core.Mesh;
import org.petface.knime.cohort.CohortNodeFactory;
import org.petface.knime.data.MeshCell;
import org.petface.knime.matcher.FaceShapeMatcherNodeFactory;
import org.petface.knime.reader.DicomReaderNodeFactory;
import org.petface.knime.report.ReidentificationReportNodeFactory;
import org.petface.knime.volume.VolumeReconstructorNodeFactory;

/** Face Shape Matcher on the CT meshes of a reduced-scale phantom cohort scanned in two sessions. */
class FaceShapeMatcherNodeTest {

    private static final int SUBJECTS = 3;

    @TempDir
    static Path cohortFolder;

    /** One CT mesh per subject and session; session 2 has a new pose and weight, the same face. */
    static BufferedDataTable meshes;

    @BeforeAll
    static void twoSessionsOfCt() throws Exception {
        final KnimeConfig cohort = NodeFixtures.cohortSettings(cohortFolder, "DICOM");
        cohort.addInt("subjects", SUBJECTS);
        cohort.addInt("sessions", 2);
        NodeFixtures.run(new CohortNodeFactory().createNodeModel(), cohort);
        final BufferedDataTable series = NodeFixtures.run(new DicomReaderNodeFactory().createNodeModel(),
            NodeFixtures.readerSettings(cohortFolder.toString(), "path"));
        final List<DataRow> ct =
            Tables.rows(series).stream().filter(r -> "CT".equals(Tables.text(series, r, "Modality"))).toList();
        final BufferedDataTable volumes = NodeFixtures.run(new VolumeReconstructorNodeFactory().createNodeModel(),
            NodeFixtures.reconstructorSettings(), NodeHarness.table(series.getDataTableSpec(), ct));
        meshes = NodeFixtures.meshes(volumes);
    }

    static KnimeConfig settings() {
        final KnimeConfig s = new KnimeConfig("model");
        s.addString("identityColumn", "Patient key");
        s.addString("meshColumn", "Mesh");
        s.addString("selectionColumn", "Location");
        s.addString("probePattern", ".*session-2.CT.*");
        s.addString("galleryPattern", ".*session-1.CT.*");
        s.addDouble("probeSpacingMm", 8);
        s.addDouble("gallerySpacingMm", 3);
        s.addInt("icpSteps", 8);
        s.addDouble("faceRadiusMm", 75);
        s.addDouble("faceDepthMm", 60);
        s.addDouble("keepFraction", 0.9);
        s.addInt("bootstrapReplicates", 200);
        s.addLong("bootstrapSeed", 3);
        return s;
    }

    static NodeModel matcher(final KnimeConfig settings) throws InvalidSettingsException {
        final NodeModel model = new FaceShapeMatcherNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, settings);
        return model;
    }

    static BufferedDataTable[] match(final NodeModel model, final BufferedDataTable table) throws Exception {
        return NodeHarness.executeAll(model, NodeHarness.newExecutionContext(), table, table);
    }

    /** The meshes table with the mesh of each row whose Location matches {@code location} replaced. */
    static BufferedDataTable withMesh(final String location, final DataCell mesh) {
        final int column = meshes.getDataTableSpec().findColumnIndex("Mesh");
        final List<DataRow> rows = new ArrayList<>();
        for (final DataRow row : Tables.rows(meshes)) {
            final DataCell[] cells = new DataCell[row.getNumCells()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = i == column && Tables.text(meshes, row, "Location").matches(location) ? mesh : row.getCell(i);
            }
            rows.add(new DefaultRow(row.getKey(), cells));
        }
        return NodeHarness.table(meshes.getDataTableSpec(), rows);
    }

    static DataRow rankRow(final BufferedDataTable ranks, final String probeLocationPattern) {
        final String key = Tables.rows(meshes).stream()
            .filter(r -> Tables.text(meshes, r, "Location").matches(probeLocationPattern)).findFirst().orElseThrow()
            .getKey().getString();
        return Tables.rows(ranks).stream().filter(r -> Tables.text(ranks, r, "Probe row").equals(key)).findFirst()
            .orElseThrow();
    }

    @Test
    void theSecondSessionFindsItsFirstSessionFace() throws Exception {
        final NodeModel model = matcher(settings());
        final PortObjectSpec[] specs = NodeHarness.configure(model, meshes.getDataTableSpec(),
            meshes.getDataTableSpec());
        final BufferedDataTable[] out = match(model, meshes);
        for (int i = 0; i < 3; i++) {
            assertEquals(specs[i], out[i].getDataTableSpec());
        }
        assertEquals(SUBJECTS, out[0].size(), "one rank row per session-2 CT");
        int first = 0;
        for (final DataRow row : Tables.rows(out[0])) {
            assertEquals("RANKED", Tables.text(out[0], row, "Status"), Tables.text(out[0], row, "Reason"));
            first += ((IntValue)Tables.cell(out[0], row, "Rank")).getIntValue() == 1 ? 1 : 0;
        }
        // by chance every probe ranks its identity first with probability (1/3)^3
        assertEquals(SUBJECTS, first, "every second-session face finds its first session");
        assertEquals(1.0, FaceMatcherNodeTest.metric(out[1], "Top-1"), 1e-9);
        assertTrue(FaceMatcherNodeTest.metric(out[1], "AUC") > 0.9, "genuine pairs fit better than impostors");

        final NodeModel report = new ReidentificationReportNodeFactory().createNodeModel();
        NodeHarness.loadSettings(report, FaceMatcherNodeTest.reportSettings(cohortFolder.resolve("report")));
        NodeHarness.configure(report, out[0].getDataTableSpec(), out[1].getDataTableSpec(), out[2].getDataTableSpec());
    }

    @Test
    void aProbeWithoutAUsableMeshIsAMissWithItsReason() throws Exception {
        final BufferedDataTable missing = withMesh(".*PHANTOM-0001.session-2.CT.*", new MissingCell("no surface"));
        final BufferedDataTable[] out = match(matcher(settings()), missing);
        final DataRow miss = rankRow(out[0], ".*PHANTOM-0001.session-2.CT.*");
        assertEquals("MISSED", Tables.text(out[0], miss, "Status"));
        assertEquals("no mesh in this row", Tables.text(out[0], miss, "Reason"));
        assertTrue(Tables.cell(out[0], miss, "Rank").isMissing());
        assertEquals(SUBJECTS, ((IntValue)Tables.cell(out[1], Tables.rows(out[1]).get(0), "Probes")).getIntValue(),
            "the miss stays in the denominator");
        assertTrue(FaceMatcherNodeTest.metric(out[1], "Top-1") <= (SUBJECTS - 1.0) / SUBJECTS);

        final ExecutionContext exec = NodeHarness.newExecutionContext();
        final Mesh noFace = new Mesh(new float[]{0, 0, 0, 1, 0, 0}, new int[0], new float[]{0, -1, 0, 0, -1, 0});
        final BufferedDataTable sliver =
            withMesh(".*PHANTOM-0001.session-2.CT.*", MeshCell.create(exec.createFileStore("sliver.ply"), noFace));
        final BufferedDataTable ranks = match(matcher(settings()), sliver)[0];
        final DataRow noRegion = rankRow(ranks, ".*PHANTOM-0001.session-2.CT.*");
        assertEquals("MISSED", Tables.text(ranks, noRegion, "Status"));
        assertTrue(Tables.text(ranks, noRegion, "Reason").startsWith("no usable face region: fewer than 3 vertices"),
            Tables.text(ranks, noRegion, "Reason"));
    }

    @Test
    void anUnusableGalleryMeshIsLeftOutWithAWarningAndWithoutUsableProbesAllAreMisses() throws Exception {
        final BufferedDataTable missing = withMesh(".*PHANTOM-0001.session-1.CT.*", new MissingCell("no surface"));
        final NodeModel model = matcher(settings());
        final BufferedDataTable[] out = match(model, missing);
        assertEquals(SUBJECTS - 1,
            ((IntValue)Tables.cell(out[1], Tables.rows(out[1]).get(0), "Gallery identities")).getIntValue());
        assertTrue(NodeHarness.warning(model).startsWith("1 gallery row(s) could not be used"),
            NodeHarness.warning(model));
        assertEquals("identity not in the gallery",
            Tables.text(out[0], rankRow(out[0], ".*PHANTOM-0001.session-2.CT.*"), "Reason"));

        final BufferedDataTable noProbe = withMesh(".*session-2.CT.*", new MissingCell("no surface"));
        final NodeModel allMissed = matcher(settings());
        final BufferedDataTable[] none = match(allMissed, noProbe);
        assertEquals(SUBJECTS, none[0].size(), "every probe keeps its row");
        for (final DataRow row : Tables.rows(none[0])) {
            assertEquals("MISSED", Tables.text(none[0], row, "Status"));
            assertEquals("no mesh in this row", Tables.text(none[0], row, "Reason"));
        }
        assertEquals(0.0, ((DoubleValue)Tables.cell(none[1], Tables.rows(none[1]).get(0), "Top-1")).getDoubleValue());
        assertTrue(NodeHarness.warning(allMissed).startsWith("No probe could be matched: all " + SUBJECTS),
            NodeHarness.warning(allMissed));
    }

    @Test
    void configureNamesTheMissingMeshColumnAndTheSide() throws Exception {
        final DataTableSpec noMesh = new DataTableSpec(meshes.getDataTableSpec().stream()
            .filter(c -> !c.getName().equals("Mesh")).toArray(DataColumnSpec[]::new));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.configure(matcher(settings()), noMesh, meshes.getDataTableSpec()));
        assertTrue(e.getMessage().contains("\"Mesh\"") && e.getMessage().contains("Mesh column")
            && e.getMessage().contains("probe table"), e.getMessage());
    }

    @Test
    void canceledExecutionStops() throws Exception {
        final ExecutionContext exec = NodeHarness.newExecutionContext();
        NodeHarness.requestCancel(exec);
        assertThrows(CanceledExecutionException.class,
            () -> NodeHarness.executeAll(matcher(settings()), exec, meshes, meshes));
    }

    @Test
    void cancelDuringTheRegistrationsStopsAtTheNextProbe() throws Exception {
        final CancelOnMessage exec = new CancelOnMessage("Registered 1 of");
        assertThrows(CanceledExecutionException.class,
            () -> NodeHarness.executeAll(matcher(settings()), exec, meshes, meshes));
        assertEquals(List.of("Registered 1 of 3 probes"),
            exec.messages().stream().filter(m -> m.startsWith("Registered")).toList(),
            "no probe is reported after the cancel");
    }

    @Test
    void settingsSurviveASaveLoadRoundTripAndBadOnesAreRejected() throws Exception {
        final KnimeConfig in = settings();
        in.addDouble("probeSpacingMm", 5);
        final NodeModel model = matcher(in);
        final KnimeConfig saved = new KnimeConfig("model");
        NodeHarness.saveSettings(model, saved);
        assertEquals(in.children(), saved.children());

        final KnimeConfig defaults = new KnimeConfig("model");
        NodeHarness.saveSettings(new FaceShapeMatcherNodeFactory().createNodeModel(), defaults);
        final KnimeConfig fast = settings();
        fast.addString("selectionColumn", "Modality");
        fast.addString("probePattern", "PT");
        fast.addString("galleryPattern", "CT");
        fast.addInt("bootstrapReplicates", 1000);
        fast.addLong("bootstrapSeed", 1);
        assertEquals(fast.children(), defaults.children(), "the defaults are the experiment's fast settings");

        final KnimeConfig keepTooMuch = settings();
        keepTooMuch.addDouble("keepFraction", 1.5);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> matcher(keepTooMuch));
        assertTrue(e.getMessage().contains("keepFraction"), e.getMessage());
        final KnimeConfig badPattern = settings();
        badPattern.addString("galleryPattern", "(CT");
        final InvalidSettingsException p = assertThrows(InvalidSettingsException.class, () -> matcher(badPattern));
        assertTrue(p.getMessage().contains("Gallery pattern"), p.getMessage());
    }
}
