package org.petface.knime.volume;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.reader.SeriesTable;
import org.petface.knime.common.ParametersNodeModel;

/**
 * Reconstructs the volume of every row of a DICOM or NIfTI reader table (stage 2). Rows run in parallel; a row that
 * fails gets a missing volume and an ERROR status; the node fails only when every row fails.
 */
final class VolumeReconstructorNodeModel extends ParametersNodeModel<VolumeReconstructorNodeParameters> {

    VolumeReconstructorNodeModel() {
        super(1, 1, VolumeReconstructorNodeParameters.class, new VolumeReconstructorNodeParameters());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        checkInput(inSpecs[0]);
        parameters().validate();
        final ColumnRearranger rearranger = new ColumnRearranger(inSpecs[0]);
        rearranger.append(new VolumeCellFactory(inSpecs[0], parameters()));
        return new DataTableSpec[]{rearranger.createSpec()};
    }

    private static void checkInput(final DataTableSpec spec) throws InvalidSettingsException {
        for (final String column : new String[]{SeriesTable.STATUS, SeriesTable.REASON, SeriesTable.SOURCE,
            SeriesTable.SERIES_UID, SeriesTable.LOCATION}) {
            requireColumn(spec, column, StringValue.class);
        }
        requireColumn(spec, SeriesTable.PART, IntValue.class);
        requireColumn(spec, SeriesTable.SLICES, IntValue.class);
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

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        final DataTableSpec spec = inData[0].getDataTableSpec();
        checkInput(spec);
        final VolumeCellFactory factory = new VolumeCellFactory(spec, parameters());
        final ColumnRearranger rearranger = new ColumnRearranger(spec);
        rearranger.append(factory);
        final BufferedDataTable out = exec.createColumnRearrangeTable(inData[0], rearranger, exec);
        if (inData[0].size() > 0 && factory.failures() == inData[0].size()) {
            throw new IllegalStateException("No row could be reconstructed; first: " + factory.firstFailure());
        }
        if (factory.failures() > 0) {
            setWarningMessage(factory.failures() + " of " + inData[0].size() + " rows failed; first: "
                + factory.firstFailure());
        }
        return new BufferedDataTable[]{out};
    }

}
