package org.petface.knime.volume;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.common.StageNodeModel;
import org.petface.knime.reader.SeriesTable;

/**
 * Reconstructs the volume of every row of a DICOM or NIfTI reader table (stage 2). Rows run in parallel; a row that
 * fails gets a missing volume and an ERROR status; the node fails only when every row fails.
 */
final class VolumeReconstructorNodeModel extends StageNodeModel<VolumeReconstructorNodeParameters> {

    VolumeReconstructorNodeModel() {
        super(VolumeReconstructorNodeParameters.class, new VolumeReconstructorNodeParameters(),
            "No row could be reconstructed");
    }

    @Override
    protected VolumeCellFactory cellFactory(final DataTableSpec spec) throws InvalidSettingsException {
        for (final String column : new String[]{SeriesTable.STATUS, SeriesTable.REASON, SeriesTable.SOURCE,
            SeriesTable.SERIES_UID, SeriesTable.LOCATION}) {
            requireColumn(spec, column, StringValue.class);
        }
        requireColumn(spec, SeriesTable.PART, IntValue.class);
        requireColumn(spec, SeriesTable.SLICES, IntValue.class);
        return new VolumeCellFactory(spec, parameters());
    }

    private static void requireColumn(final DataTableSpec spec, final String column,
        final Class<? extends DataValue> valueClass) throws InvalidSettingsException {
        final int index = spec.findColumnIndex(column);
        if (index < 0) {
            throw new InvalidSettingsException("The input has no column \"" + column
                + "\"; connect the output of a DICOM Reader or NIfTI Reader node.");
        }
        if (!spec.getColumnSpec(index).getType().isCompatible(valueClass)) {
            throw new InvalidSettingsException("Column \"" + column + "\" has the wrong type; connect the output of a"
                + " DICOM Reader or NIfTI Reader node.");
        }
    }
}
