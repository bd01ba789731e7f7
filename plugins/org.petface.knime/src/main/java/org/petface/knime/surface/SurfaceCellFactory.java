package org.petface.knime.surface;

import java.io.IOException;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.petface.knime.common.StageCellFactory;
import org.petface.knime.data.MeshCell;
import org.petface.knime.data.VolumeValue;
import org.petface.surface.SurfaceExtractor;
import org.petface.surface.SurfaceResult;

/**
 * Appends the skin mesh of each row's volume, the threshold used, the size of the meshed body component, a status and
 * the extractor's notes. A row without a volume, or whose extraction fails, gets a missing mesh and an ERROR status.
 */
final class SurfaceCellFactory extends StageCellFactory {

    static final String MESH = "Mesh";
    static final String THRESHOLD = "Skin threshold";
    static final String COMPONENT_ML = "Body component (ml)";
    static final String STATUS = "Surface status";
    static final String NOTES = "Surface notes";

    /** A head volume at 1 mm takes tens of MB and a few seconds: a few rows at a time. */
    private static final int PARALLEL_ROWS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final int m_volumeColumn;

    private final SurfaceExtractor m_extractor;

    SurfaceCellFactory(final DataTableSpec input, final int volumeColumn,
        final SurfaceExtractorNodeParameters parameters) {
        super(outputColumns(input));
        m_volumeColumn = volumeColumn;
        m_extractor = new SurfaceExtractor(parameters.toOptions());
        setParallelProcessing(true, PARALLEL_ROWS, 2 * PARALLEL_ROWS);
    }

    static DataColumnSpec[] outputColumns(final DataTableSpec input) {
        return new DataColumnSpec[]{column(input, MESH, MeshCell.TYPE), column(input, THRESHOLD, DoubleCell.TYPE),
            column(input, COMPONENT_ML, DoubleCell.TYPE), column(input, STATUS, StringCell.TYPE),
            column(input, NOTES, StringCell.TYPE)};
    }

    @Override
    public DataCell[] getCells(final DataRow row, final long rowIndex) {
        final DataCell volumeCell = row.getCell(m_volumeColumn);
        if (volumeCell.isMissing()) {
            return failed(row, "no volume in this row");
        }
        final SurfaceResult result;
        try {
            result = m_extractor.apply(((VolumeValue)volumeCell).getVolume());
        } catch (IOException e) {
            return failed(row, "cannot read the volume: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return failed(row, e.getMessage());
        }
        if (result.status().isError()) {
            return failed(row, result.status().reason());
        }
        try {
            final MeshCell mesh =
                MeshCell.create(getFileStoreFactory().createFileStore("mesh-" + rowIndex + ".ply"), result.mesh());
            return new DataCell[]{mesh, new DoubleCell(result.threshold().value()), new DoubleCell(result.componentMl()),
                new StringCell(result.status().code().name()), notes(result)};
        } catch (IOException e) {
            return failed(row, "cannot store the mesh: " + e.getMessage());
        }
    }

    private static DataCell notes(final SurfaceResult result) {
        final StringBuilder notes = new StringBuilder(result.threshold().description());
        if (!result.status().reason().isEmpty()) {
            notes.append("; ").append(result.status().reason());
        }
        result.notes().forEach(n -> notes.append("; ").append(n));
        return new StringCell(notes.toString());
    }
}
