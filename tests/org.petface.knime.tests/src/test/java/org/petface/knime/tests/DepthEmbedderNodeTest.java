package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;
import org.petface.embedder.DepthDescriptorEmbedder;
import org.petface.knime.embedder.FaceEmbedderNodeFactory;
import org.petface.knime.render.FaceRendererNodeFactory;
import org.petface.knime.surface.SurfaceExtractorNodeFactory;

/** The Face Embedder's depth descriptor on the Face render column of half-scale phantom CT and PET renders. */
class DepthEmbedderNodeTest {

    private static final int SUBJECTS = 3;

    /** The depth descriptor samples a metric grid over the face: 256 pixels resolve it (512 give the same figures). */
    private static final int RENDER_SIZE = 256;

    @TempDir
    static Path cohortFolder;

    static BufferedDataTable renders;

    @BeforeAll
    static void render() throws Exception {
        final KnimeConfig surface = NodeFixtures.surfaceSettings("");
        final BufferedDataTable meshes = NodeFixtures.run(new SurfaceExtractorNodeFactory().createNodeModel(), surface,
            NodeFixtures.dicomVolumes(cohortFolder, SUBJECTS, 0.5, 2.0));
        renders = NodeFixtures.run(new FaceRendererNodeFactory().createNodeModel(),
            NodeFixtures.renderSettings(RENDER_SIZE), meshes);
    }

    static KnimeConfig depthSettings(final String column) {
        final KnimeConfig s = FaceEmbedderNodeTest.settings("depth");
        s.addString("imageColumn", column);
        // a model folder that does not exist: the depth descriptor must not open the face models
        s.addString("modelFolder", cohortFolder.resolve("no-models-here").toString());
        return s;
    }

    @Test
    void depthVectorsOfPetAreNearestToTheCtOfTheSamePerson() throws Exception {
        final NodeModel model = new FaceEmbedderNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, depthSettings("Face render"));
        final PortObjectSpec[] spec = NodeHarness.configure(model, renders.getDataTableSpec());
        final BufferedDataTable out = NodeHarness.execute(model, NodeHarness.newExecutionContext(), renders);
        assertEquals(spec[0], out.getDataTableSpec());
        final Map<String, double[]> ct = new TreeMap<>();
        final Map<String, double[]> pet = new TreeMap<>();
        for (final DataRow row : Tables.rows(out)) {
            if (Tables.cell(out, row, "Face render").isMissing()) {
                continue; // a series the cohort writes beside CT and PET, without a volume
            }
            if (!"OK".equals(Tables.text(out, row, "Embedding status"))) {
                // the half-scale PET surface is blurred: the descriptor may not find every PET face, and says why
                assertEquals("ERROR", Tables.text(out, row, "Embedding status"));
                assertTrue(Tables.text(out, row, "Embedding reason").startsWith("no "),
                    Tables.text(out, row, "Embedding reason"));
                continue;
            }
            assertEquals(DepthDescriptorEmbedder.MODEL_ID, Tables.text(out, row, "Embedder"));
            assertTrue(Tables.cell(out, row, "Face box").isMissing(), "no detector ran");
            assertTrue(Tables.cell(out, row, "Face score").isMissing());
            final DoubleVectorValue cell =
                assertInstanceOf(DoubleVectorValue.class, Tables.cell(out, row, "Embedding"));
            final double[] vector = new double[cell.getLength()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = cell.getValue(i);
            }
            assertEquals(1, Math.sqrt(dot(vector, vector)), 1e-5, "unit length");
            final String modality = Tables.text(out, row, "Modality");
            (modality.equals("CT") ? ct : pet).put(Tables.text(out, row, "Patient key"), vector);
        }
        assertEquals(SUBJECTS, ct.size(), "every CT face is described: " + ct.keySet());
        assertTrue(pet.size() >= 2 && ct.keySet().containsAll(pet.keySet()), "PET faces described: " + pet.keySet());
        final StringBuilder figures = new StringBuilder();
        for (final String a : pet.keySet()) {
            for (final String b : ct.keySet()) {
                figures.append(String.format(Locale.ROOT, " PET %s-CT %s %.3f", a, b, dot(pet.get(a), ct.get(b))));
            }
        }
        for (final String a : pet.keySet()) {
            for (final String b : ct.keySet()) {
                if (!a.equals(b)) {
                    assertTrue(dot(pet.get(a), ct.get(a)) > dot(pet.get(a), ct.get(b)), figures.toString());
                }
            }
        }
    }

    @Test
    void depthOnAPngColumnIsRejectedNamingTheEmbedderOption() throws Exception {
        final NodeModel model = new FaceEmbedderNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, depthSettings("Render"));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.configure(model, renders.getDataTableSpec()));
        assertTrue(e.getMessage().contains("\"Render\"") && e.getMessage().contains("option \"Embedder\"")
            && e.getMessage().contains("depth"), e.getMessage());
    }

    @Test
    void aRowWithoutARenderBecomesAnErrorRowWithTheReason() throws Exception {
        final DataRow first = Tables.rows(renders).get(0);
        final int renderIndex = renders.getDataTableSpec().findColumnIndex("Face render");
        final DataCell[] cells = new DataCell[first.getNumCells()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = i == renderIndex ? new MissingCell("not rendered") : first.getCell(i);
        }
        final BufferedDataTable mixed = NodeHarness.table(renders.getDataTableSpec(),
            List.of(first, new DefaultRow("unrendered", cells)));
        final NodeModel model = new FaceEmbedderNodeFactory().createNodeModel();
        final BufferedDataTable out = NodeFixtures.run(model, depthSettings("Face render"), mixed);
        final DataRow failed = Tables.rows(out).get(1);
        assertEquals("ERROR", Tables.text(out, failed, "Embedding status"));
        assertEquals("no render or image in this row", Tables.text(out, failed, "Embedding reason"));
        assertTrue(Tables.cell(out, failed, "Embedding").isMissing());
        assertEquals("OK", Tables.text(out, Tables.rows(out).get(0), "Embedding status"));
        assertTrue(NodeHarness.warning(model).startsWith("1 of 2 rows failed; first: unrendered"),
            NodeHarness.warning(model));
    }

    private static double dot(final double[] a, final double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
