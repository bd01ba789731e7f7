package org.petface.knime.volume;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.StringCell;
import org.petface.core.Status;
import org.petface.knime.common.StageCellFactory;
import org.petface.knime.data.VolumeCell;
import org.petface.knime.reader.SeriesTable;
import org.petface.reader.ScanOptions;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SeriesScanner;
import org.petface.reader.SourceKind;
import org.petface.volume.Reconstruction;
import org.petface.volume.VolumeReconstructor;

/**
 * Appends the volume, its status and the reconstructor's notes to each row of a reader table. A DICOM row is found
 * again by scanning its location (the folder of the series' first file, without sub-folders) for its series UID and
 * part; a NIfTI row names its file. A row that cannot be reconstructed gets a missing volume and an ERROR status.
 */
final class VolumeCellFactory extends StageCellFactory {

    static final String VOLUME = "Volume";
    static final String VOLUME_STATUS = "Volume status";
    static final String VOLUME_NOTES = "Volume notes";

    /** Full-size CT volumes take hundreds of MB each: few rows at a time, each using all cores. */
    private static final int PARALLEL_ROWS = 2;

    private final Columns m_columns;

    private final VolumeReconstructor m_reconstructor;

    /** Indices of the reader columns this factory reads. */
    record Columns(int status, int reason, int source, int seriesUid, int part, int slices, int location) {

        static Columns of(final DataTableSpec spec) {
            return new Columns(spec.findColumnIndex(SeriesTable.STATUS), spec.findColumnIndex(SeriesTable.REASON),
                spec.findColumnIndex(SeriesTable.SOURCE), spec.findColumnIndex(SeriesTable.SERIES_UID),
                spec.findColumnIndex(SeriesTable.PART), spec.findColumnIndex(SeriesTable.SLICES),
                spec.findColumnIndex(SeriesTable.LOCATION));
        }
    }

    VolumeCellFactory(final DataTableSpec input, final VolumeReconstructorNodeParameters parameters) {
        super(outputColumns(input));
        m_columns = Columns.of(input);
        m_reconstructor = new VolumeReconstructor(parameters.toOptions());
        setParallelProcessing(true, PARALLEL_ROWS, 2 * PARALLEL_ROWS);
    }

    static DataColumnSpec[] outputColumns(final DataTableSpec input) {
        return new DataColumnSpec[]{column(input, VOLUME, VolumeCell.TYPE), column(input, VOLUME_STATUS, StringCell.TYPE),
            column(input, VOLUME_NOTES, StringCell.TYPE)};
    }

    @Override
    public DataCell[] getCells(final DataRow row, final long rowIndex) {
        final Reconstruction r = reconstruct(row);
        if (r.status().isError()) {
            return failed(row, r.status().reason());
        }
        try {
            final VolumeCell cell = VolumeCell.create(
                getFileStoreFactory().createFileStore("volume-" + rowIndex + ".nii.gz"), r.volume());
            return new DataCell[]{cell, new StringCell(r.status().code().name()), notes(r)};
        } catch (IOException e) {
            return failed(row, "cannot store the volume: " + e.getMessage());
        }
    }

    private Reconstruction reconstruct(final DataRow row) {
        final Path location = Path.of(text(row, m_columns.location()));
        if (Status.Code.ERROR.name().equals(text(row, m_columns.status())) || integer(row, m_columns.slices()) < 1) {
            return Reconstruction.failed("the reader found no readable series in " + location + ": "
                + text(row, m_columns.reason()), List.of());
        }
        if (SourceKind.NIFTI.name().equals(text(row, m_columns.source()))) {
            return m_reconstructor.apply(location);
        }
        return findSeries(location, text(row, m_columns.seriesUid()), integer(row, m_columns.part()))
            .map(m_reconstructor::apply)
            .orElseGet(() -> Reconstruction.failed("series no longer found in " + location, List.of()));
    }

    private static Optional<SeriesRecord> findSeries(final Path folder, final String seriesUid, final int part) {
        final ScanOptions options = new ScanOptions(false, false, false, 1, ScanOptions.defaults().maxSequenceDepth());
        return new SeriesScanner(options).apply(folder).series().stream()
            .filter(s -> s.seriesUid().equals(seriesUid) && s.part() == part).findFirst();
    }

    private static String text(final DataRow row, final int column) {
        final DataCell cell = row.getCell(column);
        return cell.isMissing() ? "" : ((StringValue)cell).getStringValue();
    }

    private static int integer(final DataRow row, final int column) {
        final DataCell cell = row.getCell(column);
        return cell.isMissing() ? 0 : ((IntValue)cell).getIntValue();
    }

    private static DataCell notes(final Reconstruction r) {
        final List<String> lines = new ArrayList<>();
        if (!r.status().reason().isEmpty()) {
            lines.add(r.status().reason());
        }
        lines.addAll(r.notes());
        return new StringCell(String.join("; ", lines));
    }
}
