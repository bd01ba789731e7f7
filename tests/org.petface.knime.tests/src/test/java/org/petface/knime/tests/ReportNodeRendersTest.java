package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.petface.knime.report.ReidentificationReportNodeFactory;

/** The Re-identification Report node's optional renders input. */
class ReportNodeRendersTest {

    private static final DataTableSpec RENDERS = new DataTableSpec(
        new DataColumnSpecCreator("Patient key", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("Modality", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("Render", PNGImageContent.TYPE).createSpec());

    /** A small PNG whose bytes differ per subject and modality. */
    private static byte[] png(final int grey) throws Exception {
        final BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        final java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new Color(grey, grey, grey));
        g.fillRect(0, 0, 8, 8);
        g.dispose();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** PET and CT renders of P0..P8; P9 has none. */
    private static BufferedDataTable renders(final List<byte[]> pet, final List<byte[]> ct) throws Exception {
        final List<DataRow> rows = new ArrayList<>();
        for (int person = 0; person < 9; person++) {
            pet.add(png(10 + person));
            ct.add(png(100 + person));
            final StringCell key = new StringCell("P" + person);
            rows.add(new DefaultRow("CT" + person, key, new StringCell("CT"), PNGImageCellFactory.create(ct.get(person))));
            rows.add(new DefaultRow("PT" + person, key, new StringCell("PT"), PNGImageCellFactory.create(pet.get(person))));
        }
        return NodeHarness.table(RENDERS, rows);
    }

    @Test
    void eachSubjectsProbeRenderStandsBesideItsGalleryRender(@TempDir final Path folder) throws Exception {
        final BufferedDataTable table = FaceMatcherNodeTest.petAndCt(true);
        final BufferedDataTable[] matched =
            FaceMatcherNodeTest.match(FaceMatcherNodeTest.settings("PT", "CT"), table, table);
        final List<byte[]> pet = new ArrayList<>();
        final List<byte[]> ct = new ArrayList<>();
        final BufferedDataTable renders = renders(pet, ct);
        final NodeModel report = new ReidentificationReportNodeFactory().createNodeModel();
        NodeHarness.loadSettings(report, FaceMatcherNodeTest.reportSettings(folder));
        NodeHarness.configure(report, matched[0].getDataTableSpec(), matched[1].getDataTableSpec(),
            matched[2].getDataTableSpec(), RENDERS);
        final BufferedDataTable files = NodeHarness.execute(report, NodeHarness.newExecutionContext(), matched[0],
            matched[1], matched[2], renders);
        final String page = Files.readString(Path.of(Tables.text(files, Tables.rows(files).get(0), "Report")));
        for (int person = 0; person < 9; person++) {
            final String petImage = "base64," + Base64.getEncoder().encodeToString(pet.get(person));
            final String ctImage = "base64," + Base64.getEncoder().encodeToString(ct.get(person));
            assertTrue(page.contains(petImage) && page.contains(ctImage), "both renders of P" + person);
            assertTrue(page.indexOf(petImage) < page.indexOf(ctImage), "probe render first for P" + person);
        }
        final String lastSubject = page.substring(page.indexOf("<b>P9</b>"));
        assertTrue(lastSubject.startsWith("<b>P9</b></div>\n<figure><div>no render</div>"),
            "P9 has no render: " + lastSubject.substring(0, Math.min(200, lastSubject.length())));
    }

    @Test
    void withoutTheRendersInputThereIsNoSubjectGallery(@TempDir final Path folder) throws Exception {
        final BufferedDataTable table = FaceMatcherNodeTest.petAndCt(false);
        final BufferedDataTable[] matched =
            FaceMatcherNodeTest.match(FaceMatcherNodeTest.settings("PT", "CT"), table, table);
        final NodeModel report = new ReidentificationReportNodeFactory().createNodeModel();
        NodeHarness.loadSettings(report, FaceMatcherNodeTest.reportSettings(folder));
        final BufferedDataTable files = NodeHarness.execute(report, NodeHarness.newExecutionContext(), matched[0],
            matched[1], matched[2], null);
        final String page = Files.readString(Path.of(Tables.text(files, Tables.rows(files).get(0), "Report")));
        assertFalse(page.contains("data:image/png"), "no render without the renders input");
    }

    @Test
    void configureNamesTheMissingRenderColumnAndABadPattern() throws Exception {
        final BufferedDataTable table = FaceMatcherNodeTest.petAndCt(false);
        final BufferedDataTable[] matched =
            FaceMatcherNodeTest.match(FaceMatcherNodeTest.settings("PT", "CT"), table, table);
        final NodeModel report = new ReidentificationReportNodeFactory().createNodeModel();
        NodeHarness.loadSettings(report, FaceMatcherNodeTest.reportSettings(Path.of("/tmp/unused")));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.configure(report, matched[0].getDataTableSpec(), matched[1].getDataTableSpec(),
                matched[2].getDataTableSpec(), FaceMatcherNodeTest.SPEC));
        assertTrue(e.getMessage().contains("\"Render\"") && e.getMessage().contains("Renders: image column"),
            e.getMessage());
        final KnimeConfig badPattern = FaceMatcherNodeTest.reportSettings(Path.of("/tmp/unused"));
        badPattern.addString("probeRenderPattern", "PT(");
        final InvalidSettingsException bad = assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.loadSettings(new ReidentificationReportNodeFactory().createNodeModel(), badPattern));
        assertEquals(true, bad.getMessage().contains("Renders: probe pattern"), bad.getMessage());
    }
}
