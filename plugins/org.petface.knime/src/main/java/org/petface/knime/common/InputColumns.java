package org.petface.knime.common;

import java.util.List;
import java.util.stream.Collectors;

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
        return requireOneOf(spec, column, List.of(valueClass), option, hint);
    }

    /** As {@link #require}, for a column that may hold any one of {@code valueClasses}. */
    public static int requireOneOf(final DataTableSpec spec, final String column,
        final List<Class<? extends DataValue>> valueClasses, final String option, final String hint)
        throws InvalidSettingsException {
        final int index = spec.findColumnIndex(column);
        if (index < 0) {
            throw new InvalidSettingsException(
                "The input has no column \"" + column + "\" (option \"" + option + "\"); " + hint);
        }
        if (valueClasses.stream().noneMatch(spec.getColumnSpec(index).getType()::isCompatible)) {
            throw new InvalidSettingsException("Column \"" + column + "\" (option \"" + option + "\") does not hold "
                + valueClasses.stream().map(Class::getSimpleName).collect(Collectors.joining(" or ")) + " cells; "
                + hint);
        }
        return index;
    }
}
