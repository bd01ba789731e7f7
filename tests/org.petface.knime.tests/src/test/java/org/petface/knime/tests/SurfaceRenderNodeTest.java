package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.MissingCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;
import org.petface.core.Mesh;
import org.petface.core.Volume;
import org.petface.knime.data.FaceRenderValue;
import org.petface.knime.data.MeshValue;
import org.petface.knime.data.VolumeValue;
import org.petface.knime.render.FaceRendererNodeFactory;
import org.petface.knime.surface.SurfaceExtractorNodeFactory;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderer;
import org.petface.render.RenderOptions;
import org.petface.surface.SurfaceExtractor;
import org.petface.surface.SurfaceOptions;
import org.petface.surface.mesh.MeshSmoothing;

/** Surface Extractor and Face Renderer on reduced-scale phantom volumes. */
class SurfaceRenderNodeTest {

    @TempDir
    static Path cohortFolder;

    static BufferedDataTable volumes;

    static BufferedDataTable meshes;

    @BeforeAll
    static void extract() throws Exception {
        volumes = NodeFixtures.volumes(cohortFolder);
        meshes = NodeFixtures.meshes(volumes);
    }

    @Test
    void configureSpecMatchesExecuteAndEveryVolumeGivesTheExtractorsMesh() throws Exception {
        final NodeModel model = new SurfaceExtractorNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, NodeFixtures.surfaceSettings(""));
        final PortObjectSpec[] spec = NodeHarness.configure(model, volumes.getDataTableSpec());
        assertEquals(spec[0], meshes.getDataTableSpec());
        int withMesh = 0;
        for (final DataRow row : Tables.rows(meshes)) {
            final DataCell volumeCell = Tables.cell(meshes, row, "Volume");
            if (volumeCell.isMissing()) {
                assertEquals("ERROR", Tables.text(meshes, row, "Surface status"));
                continue;
            }
            final Volume volume = ((VolumeValue)volumeCell).getVolume();
            final Mesh fromCell = assertInstanceOf(MeshValue.class, Tables.cell(meshes, row, "Mesh")).getMesh();
            final Mesh direct = new SurfaceExtractor(SurfaceOptions.defaults().withCropToHead(true)
                .withSmoothing(MeshSmoothing.taubin(5)).withThreads(1)).apply(volume).mesh();
            assertEquals(direct.vertexCount(), fromCell.vertexCount(), "the PLY file store keeps every vertex");
            assertEquals(direct.triangleCount(), fromCell.triangleCount());
            assertTrue(direct.triangleCount() > 1000, "a phantom head has a real surface");
            assertTrue(((DoubleValue)Tables.cell(meshes, row, "Body component (ml)")).getDoubleValue() > 100);
            assertTrue(Tables.text(meshes, row, "Surface notes").length() > 0);
            withMesh++;
        }
        assertEquals(4, withMesh, "2 subjects x CT and PET");
    }

    @Test
    void rendersAreKnimePngCellsOfTheChosenSize() throws Exception {
        final BufferedDataTable renders = NodeFixtures.renders(meshes);
        int rendered = 0;
        for (final DataRow row : Tables.rows(renders)) {
            if (Tables.cell(renders, row, "Mesh").isMissing()) {
                assertTrue(Tables.cell(renders, row, "Render").isMissing());
                continue;
            }
            assertEquals("OK", Tables.text(renders, row, "Render status"), Tables.text(renders, row, "Render reason"));
            final PNGImageValue png = assertInstanceOf(PNGImageValue.class, Tables.cell(renders, row, "Render"));
            final BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(png.getImageContent().getByteArrayReference()));
            assertNotNull(image, "the render cell holds a PNG");
            assertEquals(128, image.getWidth());
            assertEquals(128, image.getHeight());
            final int pixels = ((IntValue)Tables.cell(renders, row, "Surface pixels")).getIntValue();
            assertTrue(pixels > 128 * 128 / 10, "the face fills the frame: " + pixels);
            assertInstanceOf(PNGImageValue.class, Tables.cell(renders, row, "Depth"));
            final FaceRenderValue stored =
                assertInstanceOf(FaceRenderValue.class, Tables.cell(renders, row, "Face render"));
            final FaceRender fromCell = stored.getFaceRender();
            final FaceRender direct = new FaceRenderer(RenderOptions.defaults().withSize(128, 128).withView(0, 0))
                .apply(((MeshValue)Tables.cell(renders, row, "Mesh")).getMesh());
            assertEquals(direct.camera(), fromCell.camera(), "the file store keeps the camera exactly");
            assertArrayEquals(direct.mask(), fromCell.mask());
            assertArrayEquals(direct.image(), fromCell.image());
            for (int p = 0; p < direct.depthMm().length; p++) {
                assertEquals(Float.floatToRawIntBits(direct.depthMm()[p]),
                    Float.floatToRawIntBits(fromCell.depthMm()[p]), "depth of pixel " + p);
            }
            assertTrue(stored.getSummary()
                .matches("128x128 orthographic [0-9.]+ mm/pixel, " + pixels + " surface pixels"), stored.getSummary());
            rendered++;
        }
        assertEquals(4, rendered);
    }

    @Test
    void aFailingRowBecomesAStatusRowAndOnlyAllFailingFailsTheNode() throws Exception {
        final DataRow first = Tables.rows(volumes).stream()
            .filter(r -> !Tables.cell(volumes, r, "Volume").isMissing()).findFirst().orElseThrow();
        final int volumeIndex = volumes.getDataTableSpec().findColumnIndex("Volume");
        final DataCell[] cells = new DataCell[first.getNumCells()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = i == volumeIndex ? new MissingCell("gone") : first.getCell(i);
        }
        final DataRow broken = new DefaultRow("broken", cells);
        final BufferedDataTable mixed = NodeHarness.table(volumes.getDataTableSpec(), List.of(first, broken));
        final NodeModel model = new SurfaceExtractorNodeFactory().createNodeModel();
        final BufferedDataTable out = NodeFixtures.run(model, NodeFixtures.surfaceSettings(""), mixed);
        final DataRow brokenOut = Tables.rows(out).get(1);
        assertEquals("ERROR", Tables.text(out, brokenOut, "Surface status"));
        assertEquals("no volume in this row", Tables.text(out, brokenOut, "Surface notes"));
        assertTrue(NodeHarness.warning(model).startsWith("1 of 2 rows failed; first: broken"), NodeHarness.warning(model));

        final BufferedDataTable onlyBroken = NodeHarness.table(volumes.getDataTableSpec(), List.of(broken));
        final IllegalStateException e = assertThrows(IllegalStateException.class, () -> NodeFixtures
            .run(new SurfaceExtractorNodeFactory().createNodeModel(), NodeFixtures.surfaceSettings(""), onlyBroken));
        assertTrue(e.getMessage().contains("no volume in this row"), e.getMessage());
    }

    @Test
    void configureNamesTheMissingColumnAndTheOption() throws Exception {
        final DataTableSpec noVolume = new DataTableSpec(volumes.getDataTableSpec().stream()
            .filter(c -> !c.getName().equals("Volume")).toArray(DataColumnSpec[]::new));
        final NodeModel surface = new SurfaceExtractorNodeFactory().createNodeModel();
        NodeHarness.loadSettings(surface, NodeFixtures.surfaceSettings(""));
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NodeHarness.configure(surface, noVolume));
        assertTrue(e.getMessage().contains("\"Volume\"") && e.getMessage().contains("Volume column"), e.getMessage());

        final NodeModel render = new FaceRendererNodeFactory().createNodeModel();
        NodeHarness.loadSettings(render, NodeFixtures.renderSettings(64));
        final InvalidSettingsException r = assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.configure(render, volumes.getDataTableSpec()));
        assertTrue(r.getMessage().contains("\"Mesh\"") && r.getMessage().contains("Input column"), r.getMessage());

        final KnimeConfig raycastMeshes = NodeFixtures.renderSettings(64);
        raycastMeshes.addString("method", "RAYCAST");
        final NodeModel raycast = new FaceRendererNodeFactory().createNodeModel();
        NodeHarness.loadSettings(raycast, raycastMeshes);
        final InvalidSettingsException m = assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.configure(raycast, meshes.getDataTableSpec()));
        assertTrue(m.getMessage().contains("Method") && m.getMessage().contains("holds meshes"), m.getMessage());
    }

    /** Volume input: the mesh method gives the render of the engine's volume stage; ray casting sees as much face. */
    @Test
    void volumesRenderDirectlyByMeshOrRayCast() throws Exception {
        final BufferedDataTable[] byMethod = new BufferedDataTable[2];
        final String[] methods = {"MESH", "RAYCAST"};
        for (int i = 0; i < 2; i++) {
            final KnimeConfig settings = NodeFixtures.renderSettings(96);
            settings.addString("inputColumn", "Volume");
            settings.addString("method", methods[i]);
            byMethod[i] = NodeFixtures.run(new FaceRendererNodeFactory().createNodeModel(), settings, volumes);
        }
        int compared = 0;
        final List<DataRow> meshRows = Tables.rows(byMethod[0]);
        final List<DataRow> rayRows = Tables.rows(byMethod[1]);
        for (int r = 0; r < meshRows.size(); r++) {
            if (Tables.cell(volumes, Tables.rows(volumes).get(r), "Volume").isMissing()) {
                assertEquals("ERROR", Tables.text(byMethod[0], meshRows.get(r), "Render status"));
                assertTrue(Tables.text(byMethod[0], meshRows.get(r), "Render reason").contains("no volume"));
                continue;
            }
            final FaceRender mesh =
                ((FaceRenderValue)Tables.cell(byMethod[0], meshRows.get(r), "Face render")).getFaceRender();
            final FaceRender ray =
                ((FaceRenderValue)Tables.cell(byMethod[1], rayRows.get(r), "Face render")).getFaceRender();
            final Volume volume = ((VolumeValue)Tables.cell(volumes, Tables.rows(volumes).get(r), "Volume")).getVolume();
            final FaceRender engine = new org.petface.render.VolumeFaceRenderer(org.petface.render.VolumeRenderOptions
                .defaults().withSurface(SurfaceOptions.defaults().withCropToHead(true).withThreads(1))
                .withRender(RenderOptions.defaults().withSize(96, 96))).apply(volume).render();
            assertArrayEquals(engine.depthMm(), mesh.depthMm(), "the node's mesh path is the engine stage");
            // each method frames the head itself, so on these coarse volumes the frames differ by a few pixels
            assertEquals("OK", Tables.text(byMethod[1], rayRows.get(r), "Render status"));
            assertEquals(mesh.surfacePixels(), ray.surfacePixels(), 0.1 * mesh.surfacePixels(),
                "mesh and ray cast see a face of the same size");
            compared++;
        }
        assertEquals(4, compared, "2 subjects x CT and PET");
    }

    @Test
    void invalidSettingsAreRejectedNamingTheProblem() {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> NodeHarness
            .loadSettings(new SurfaceExtractorNodeFactory().createNodeModel(), NodeFixtures.surfaceSettings("p95")));
        assertTrue(e.getMessage().contains("Surface Extractor"), e.getMessage());
        assertThrows(InvalidSettingsException.class, () -> NodeHarness
            .loadSettings(new FaceRendererNodeFactory().createNodeModel(), NodeFixtures.renderSettings(0)));
    }

    @Test
    void settingsSurviveASaveLoadRoundTrip() throws Exception {
        for (final var pair : List.of(
            new Object[]{new SurfaceExtractorNodeFactory().createNodeModel(), NodeFixtures.surfaceSettings("otsu")},
            new Object[]{new FaceRendererNodeFactory().createNodeModel(), NodeFixtures.renderSettings(96)})) {
            final NodeModel model = (NodeModel)pair[0];
            final KnimeConfig in = (KnimeConfig)pair[1];
            NodeHarness.loadSettings(model, in);
            final KnimeConfig saved = new KnimeConfig("model");
            NodeHarness.saveSettings(model, saved);
            assertEquals(in.children(), saved.children());
        }
    }
}
