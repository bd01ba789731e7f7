package org.petface.knime.reader;

import java.util.List;
import java.util.TreeSet;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.petface.reader.SeriesRecord;

/**
 * The table both reader nodes produce: one row per series or unreadable file, as {@link SeriesRecord} holds it,
 * with the series' session number (1 = the patient's earliest study).
 * The volume reconstructor node reads the location, source, series UID and part columns back.
 */
public final class SeriesTable {

    public static final String STATUS = "Status";
    public static final String REASON = "Reason";
    public static final String SOURCE = "Source";
    public static final String MODALITY = "Modality";
    public static final String PATIENT_KEY = "Patient key";
    public static final String SESSION = "Session";
    public static final String STUDY_UID = "Study UID";
    public static final String SERIES_UID = "Series UID";
    public static final String SERIES_NUMBER = "Series number";
    public static final String PART = "Part";
    public static final String PART_COUNT = "Parts";
    public static final String SLICES = "Slices";
    public static final String ROWS = "Rows";
    public static final String COLUMNS = "Columns";
    public static final String ROW_SPACING = "Row spacing (mm)";
    public static final String COLUMN_SPACING = "Column spacing (mm)";
    public static final String SLICE_SPACING = "Slice spacing (mm)";
    public static final String TRANSFER_SYNTAXES = "Transfer syntaxes";
    public static final String UNITS = "Units";
    public static final String VOXEL_UNIT = "Voxel unit";
    public static final String LOCATION = "Location";

    /** The output spec; the same for every setting, so configure() never needs the data. */
    public static final DataTableSpec SPEC = new DataTableSpec("Series",
        new DataColumnSpecCreator(STATUS, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(REASON, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(SOURCE, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(MODALITY, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(PATIENT_KEY, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(SESSION, IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator(STUDY_UID, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(SERIES_UID, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(SERIES_NUMBER, IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator(PART, IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator(PART_COUNT, IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator(SLICES, IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator(ROWS, IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator(COLUMNS, IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator(ROW_SPACING, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(COLUMN_SPACING, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(SLICE_SPACING, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(TRANSFER_SYNTAXES, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(UNITS, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(VOXEL_UNIT, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(LOCATION, StringCell.TYPE).createSpec());

    private SeriesTable() {
    }

    /**
     * The row of one scan result.
     *
     * @param session the series' session from {@link org.petface.reader.SessionNumbers}, null for an unreadable file
     */
    public static DataRow toRow(final RowKey key, final SeriesRecord r, final Integer session) {
        final double[] spacing = r.pixelSpacing();
        return new DefaultRow(key, List.of(
            new StringCell(r.status().code().name()),
            new StringCell(r.status().reason()),
            new StringCell(r.source().name()),
            new StringCell(r.modality().name()),
            new StringCell(r.patientKey()),
            session == null ? DataType.getMissingCell() : new IntCell(session),
            new StringCell(r.studyUid()),
            new StringCell(r.seriesUid()),
            new IntCell(r.seriesNumber()),
            new IntCell(r.part()),
            new IntCell(r.partCount()),
            new IntCell(r.sliceCount()),
            new IntCell(r.rows()),
            new IntCell(r.columns()),
            spacing == null ? DataType.getMissingCell() : new DoubleCell(spacing[0]),
            spacing == null ? DataType.getMissingCell() : new DoubleCell(spacing[1]),
            finiteOrMissing(r.sliceSpacing()),
            new StringCell(String.join(", ", new TreeSet<>(r.transferSyntaxes()))),
            new StringCell(r.units()),
            r.voxelUnit() == null ? DataType.getMissingCell() : new StringCell(r.voxelUnit().label()),
            new StringCell(r.location().toAbsolutePath().toString())));
    }

    private static DataCell finiteOrMissing(final double value) {
        return Double.isFinite(value) ? new DoubleCell(value) : DataType.getMissingCell();
    }
}
