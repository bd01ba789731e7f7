package org.knime.core.data.def;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.BoundedValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.NominalValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/def/BooleanCell.java (fuzzy/complex-number interfaces left out)
public final class BooleanCell extends DataCell implements BooleanValue, IntValue, LongValue, DoubleValue, BoundedValue, NominalValue {

    private static final long serialVersionUID = 1L;

    // The real value is computed by DataType.getType at class initialisation.
    public static final DataType TYPE = null;

    // Real constants; the stub has no instances.
    public static final BooleanCell TRUE = null;

    public static final BooleanCell FALSE = null;

    private BooleanCell() {
    }

    public static final BooleanCell get(final boolean value) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean getBooleanValue() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int getIntValue() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public long getLongValue() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public double getDoubleValue() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
