package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;
import org.petface.knime.embedder.FaceEmbedderNodeFactory;

/** Face Embedder on renders of reduced-scale phantoms, then the Face Matcher on its output. */
class FaceEmbedderNodeTest {

    @TempDir
    static Path cohortFolder;

    static BufferedDataTable renders;

    @BeforeAll
    static void render() throws Exception {
        final BufferedDataTable meshes = NodeFixtures.meshes(NodeFixtures.volumes(cohortFolder));
        renders = NodeFixtures.run(new org.petface.knime.render.FaceRendererNodeFactory().createNodeModel(),
            NodeFixtures.renderSettings(256), meshes);
    }

    static KnimeConfig settings(final String embedder) {
        final KnimeConfig s = new KnimeConfig("model");
        s.addString("imageColumn", "Render");
        s.addString("detector", "fr_detect");
        s.addDouble("scoreThreshold", 0);
        s.addString("embedder", embedder);
        s.addString("modelFolder", "");
        return s;
    }

    @Test
    void embedsEveryRenderedFaceAsADoubleVectorAndMarksTheRest() throws Exception {
        final NodeModel model = new FaceEmbedderNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, settings("fr_feature"));
        final PortObjectSpec[] spec = NodeHarness.configure(model, renders.getDataTableSpec());
        final BufferedDataTable out = NodeHarness.execute(model, NodeHarness.newExecutionContext(), renders);
        assertEquals(spec[0], out.getDataTableSpec());
        int embedded = 0;
        for (final DataRow row : Tables.rows(out)) {
            final DataCell cell = Tables.cell(out, row, "Embedding");
            if (cell.isMissing()) {
                assertEquals("ERROR", Tables.text(out, row, "Embedding status"));
                assertTrue(!Tables.text(out, row, "Embedding reason").isEmpty());
                continue;
            }
            final DoubleVectorValue vector = assertInstanceOf(DoubleVectorValue.class, cell);
            assertTrue(vector.getLength() >= 128, "fr_feature gives a long vector: " + vector.getLength());
            assertTrue(Tables.text(out, row, "Face box").matches("[-0-9.]+,[-0-9.]+,[-0-9.]+,[-0-9.]+"));
            embedded++;
        }
        // fr_detect finds the CT faces; the blurred quarter-scale PET renders give "no face found" status rows.
        assertTrue(embedded >= 2, "phantom renders have faces: " + embedded + " of " + out.size());

        // CT renders against themselves: the chain's vectors reach the matcher and each finds its own row.
        final BufferedDataTable[] matched = FaceMatcherNodeTest.match(FaceMatcherNodeTest.settings("CT", "CT"), out, out);
        assertEquals(2, matched[0].size(), "one rank row per CT row of the 2-subject cohort");
        assertEquals(1.0, FaceMatcherNodeTest.metric(matched[1], "Top-1"), 1e-9);
    }

    @Test
    void photoEmbeddersOnTheFaceRenderColumnSeeTheRendersShadedImage() throws Exception {
        final KnimeConfig onRenders = settings("fr_feature");
        onRenders.addString("imageColumn", "Face render");
        final BufferedDataTable fromRenders = NodeFixtures.run(new FaceEmbedderNodeFactory().createNodeModel(),
            onRenders, renders);
        final BufferedDataTable fromPngs = NodeFixtures.run(new FaceEmbedderNodeFactory().createNodeModel(),
            settings("fr_feature"), renders);
        int embedded = 0;
        for (int r = 0; r < fromPngs.size(); r++) {
            final DataRow png = Tables.rows(fromPngs).get(r);
            final DataRow render = Tables.rows(fromRenders).get(r);
            assertEquals(Tables.text(fromPngs, png, "Embedding status"), Tables.text(fromRenders, render,
                "Embedding status"));
            assertEquals(Tables.text(fromPngs, png, "Face box"), Tables.text(fromRenders, render, "Face box"));
            final DataCell pngVector = Tables.cell(fromPngs, png, "Embedding");
            if (!pngVector.isMissing()) {
                final DoubleVectorValue a = (DoubleVectorValue)pngVector;
                final DoubleVectorValue b = (DoubleVectorValue)Tables.cell(fromRenders, render, "Embedding");
                for (int i = 0; i < a.getLength(); i++) {
                    assertEquals(a.getValue(i), b.getValue(i), 1e-6, "the PNG is the render's image, losslessly");
                }
                embedded++;
            }
        }
        assertTrue(embedded >= 2, "the CT faces are embedded: " + embedded);
    }

    @Test
    void configureNamesTheMissingImageColumnAndBadSettingsAreRejected() throws Exception {
        final NodeModel model = new FaceEmbedderNodeFactory().createNodeModel();
        final KnimeConfig wrong = settings("fr_feature");
        wrong.addString("imageColumn", "Picture");
        NodeHarness.loadSettings(model, wrong);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.configure(model, renders.getDataTableSpec()));
        assertTrue(e.getMessage().contains("\"Picture\""), e.getMessage());
        final KnimeConfig badDetector = settings("fr_feature");
        badDetector.addString("detector", "eyes");
        assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.loadSettings(new FaceEmbedderNodeFactory().createNodeModel(), badDetector));
    }

    @Test
    void settingsSurviveASaveLoadRoundTrip() throws Exception {
        final NodeModel model = new FaceEmbedderNodeFactory().createNodeModel();
        final KnimeConfig in = settings("landmarks");
        NodeHarness.loadSettings(model, in);
        final KnimeConfig saved = new KnimeConfig("model");
        NodeHarness.saveSettings(model, saved);
        assertEquals(in.children(), saved.children());
    }
}
