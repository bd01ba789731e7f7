package org.petface.knime.common;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;

/** The configure-time check of an input column that a setting names. */
public final class InputColumns {

    private InputColumns() {
    }

    /** The index of {@code column}, which must exist and hold {@code valueClass}; the message names the option. */
    public static int require(final DataTableSpec spec, final String column, final Class<? extends DataValue> valueClass,
        final String option, final String hint) throws InvalidSettingsException {
        final int index = spec.findColumnIndex(column);
        if (index < 0) {
            throw new InvalidSettingsException(
                "The input has no column \"" + column + "\" (option \"" + option + "\"); " + hint);
        }
        if (!spec.getColumnSpec(index).getType().isCompatible(valueClass)) {
            throw new InvalidSettingsException("Column \"" + column + "\" (option \"" + option + "\") does not hold "
                + valueClass.getSimpleName() + " cells; " + hint);
        }
        return index;
    }
}
