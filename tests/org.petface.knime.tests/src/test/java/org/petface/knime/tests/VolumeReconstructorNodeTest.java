package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellDataInput;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.MissingValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;
import org.petface.core.Volume;
import org.petface.knime.data.VolumeCell;
import org.petface.knime.data.VolumeValue;
import org.petface.knime.reader.DicomReaderNodeFactory;
import org.petface.knime.reader.NiftiReaderNodeFactory;
import org.petface.knime.reader.SeriesTable;
import org.petface.knime.volume.VolumeReconstructorNodeFactory;
import org.petface.reader.ScanOptions;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SeriesScanner;
import org.petface.volume.ReconstructionOptions;
import org.petface.volume.VolumeReconstructor;

class VolumeReconstructorNodeTest {

    @TempDir
    static Path cohortFolder;

    static BufferedDataTable dicomSeries;

    @BeforeAll
    static void readCohort() throws Exception {
        NodeFixtures.cohort(cohortFolder, "BOTH");
        final NodeModel reader = new DicomReaderNodeFactory().createNodeModel();
        NodeHarness.loadSettings(reader, NodeFixtures.readerSettings(cohortFolder.toString(), "path"));
        dicomSeries = NodeHarness.execute(reader, NodeHarness.newExecutionContext(), (BufferedDataTable)null);
    }

    private static KnimeConfig settings(final double spacing) {
        final KnimeConfig s = new KnimeConfig("model");
        s.addDouble("targetSpacingMm", spacing);
        s.addBoolean("reorientToCanonical", true);
        s.addBoolean("cropToHead", true);
        return s;
    }

    private static NodeModel reconstructor() throws InvalidSettingsException {
        final NodeModel model = new VolumeReconstructorNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, settings(2.0));
        return model;
    }

    @Test
    void appendsAVolumePerSeriesAndAStatusRowForTheUnreadableFile() throws Exception {
        final NodeModel model = reconstructor();
        final PortObjectSpec[] spec = NodeHarness.configure(model, dicomSeries.getDataTableSpec());
        final ExecutionContext exec = NodeHarness.newExecutionContext();
        final BufferedDataTable out = NodeHarness.execute(model, exec, dicomSeries);
        assertEquals(spec[0], out.getDataTableSpec());
        assertEquals(1.0, NodeHarness.lastProgress(exec), 1e-9);
        int volumes = 0;
        for (final DataRow row : Tables.rows(out)) {
            final DataCell cell = Tables.cell(out, row, "Volume");
            if (Tables.text(out, row, SeriesTable.SERIES_UID).isEmpty()) {
                assertTrue(cell.isMissing());
                assertEquals("ERROR", Tables.text(out, row, "Volume status"));
                assertTrue(((MissingValue)cell).getError().contains("no readable series"));
                continue;
            }
            final Volume fromCell = assertInstanceOf(VolumeValue.class, cell).getVolume();
            final Volume direct = directly(Path.of(Tables.text(out, row, SeriesTable.LOCATION)),
                Tables.text(out, row, SeriesTable.SERIES_UID));
            assertEquals(direct.grid().nx(), fromCell.grid().nx());
            assertEquals(direct.grid().nz(), fromCell.grid().nz());
            assertEquals(direct.unit(), fromCell.unit());
            assertEquals(direct.modality(), fromCell.modality());
            assertArrayEquals(direct.voxels(), fromCell.voxels(), "the file store must keep the voxels exactly");
            volumes++;
        }
        assertEquals(4, volumes);
        assertTrue(NodeHarness.warning(model).startsWith("1 of 5 rows failed"), NodeHarness.warning(model));
    }

    private static Volume directly(final Path folder, final String seriesUid) {
        final SeriesRecord series = new SeriesScanner(ScanOptions.defaults()).apply(folder).series().stream()
            .filter(s -> s.seriesUid().equals(seriesUid)).findFirst().orElseThrow();
        final ReconstructionOptions options = ReconstructionOptions.defaults().withTargetSpacingMm(2.0)
            .withReorientToCanonical(true).withCropToHead(true);
        return new VolumeReconstructor(options).apply(series).volume();
    }

    @Test
    void reconstructsNiftiRowsToo() throws Exception {
        final NodeModel reader = new NiftiReaderNodeFactory().createNodeModel();
        NodeHarness.loadSettings(reader, NodeFixtures.readerSettings(cohortFolder.toString(), "path"));
        final BufferedDataTable nifti =
            NodeHarness.execute(reader, NodeHarness.newExecutionContext(), (BufferedDataTable)null);
        final BufferedDataTable out = NodeHarness.execute(reconstructor(), NodeHarness.newExecutionContext(), nifti);
        for (final DataRow row : Tables.rows(out)) {
            assertInstanceOf(VolumeCell.class, Tables.cell(out, row, "Volume"), row.toString());
        }
    }

    @Test
    void failsOnlyWhenEveryRowFails() throws Exception {
        final List<DataRow> bad = Tables.rows(dicomSeries).stream()
            .filter(r -> Tables.text(dicomSeries, r, SeriesTable.SERIES_UID).isEmpty()).toList();
        final BufferedDataTable onlyBad = NodeHarness.table(dicomSeries.getDataTableSpec(), bad);
        final IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> NodeHarness.execute(reconstructor(), NodeHarness.newExecutionContext(), onlyBad));
        assertTrue(e.getMessage().contains("manifest.csv"), e.getMessage());
    }

    @Test
    void configureNamesAMissingInputColumn() throws Exception {
        final DataTableSpec withoutUid = new DataTableSpec(dicomSeries.getDataTableSpec().stream()
            .filter(c -> !c.getName().equals(SeriesTable.SERIES_UID)).toArray(DataColumnSpec[]::new));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.configure(reconstructor(), withoutUid));
        assertTrue(e.getMessage().contains("\"Series UID\""), e.getMessage());
    }

    @Test
    void negativeSpacingIsRejectedNamingTheOption() {
        final NodeModel model = new VolumeReconstructorNodeFactory().createNodeModel();
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeHarness.loadSettings(model, settings(-1)));
        assertTrue(e.getMessage().contains("Voxel spacing"), e.getMessage());
    }

    @Test
    void canceledExecutionStops() throws Exception {
        final ExecutionContext exec = NodeHarness.newExecutionContext();
        NodeHarness.requestCancel(exec);
        assertThrows(CanceledExecutionException.class,
            () -> NodeHarness.execute(reconstructor(), exec, dicomSeries));
    }

    @Test
    void serializerKeepsTheSummary() throws Exception {
        final DataRow first = Tables.rows(dicomSeries).get(0);
        final BufferedDataTable one = NodeHarness.table(dicomSeries.getDataTableSpec(), List.of(first));
        final BufferedDataTable out = NodeHarness.execute(reconstructor(), NodeHarness.newExecutionContext(), one);
        final VolumeCell cell = (VolumeCell)Tables.cell(out, Tables.rows(out).get(0), "Volume");
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new VolumeCell.VolumeSerializer().serialize(cell, new CellOutput(bytes));
        final VolumeCell back = new VolumeCell.VolumeSerializer()
            .deserialize(new CellInput(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(cell.getSummary(), back.getSummary());
        assertTrue(cell.getSummary().matches("(CT|PT) \\S+ \\d+x\\d+x\\d+, 2\\.00x2\\.00x2\\.00 mm"),
            cell.getSummary());
    }

    private static final class CellOutput extends DataOutputStream implements DataCellDataOutput {
        CellOutput(final ByteArrayOutputStream out) {
            super(out);
        }

        @Override
        public void writeDataCell(final DataCell cell) {
            throw new UnsupportedOperationException("volume cells hold no nested cells");
        }
    }

    private static final class CellInput extends DataInputStream implements DataCellDataInput {
        CellInput(final ByteArrayInputStream in) {
            super(in);
        }

        @Override
        public DataCell readDataCell() {
            throw new UnsupportedOperationException("volume cells hold no nested cells");
        }
    }
}
