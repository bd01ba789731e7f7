package org.knime.core.data.def;

import org.knime.core.data.BoundedValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.LongValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/def/LongCell.java (fuzzy/complex-number interfaces left out)
public  class LongCell extends DataCell implements LongValue, DoubleValue, BoundedValue {

    private static final long serialVersionUID = 1L;

    // The real value is computed by DataType.getType at class initialisation.
    public static final DataType TYPE = null;

    public LongCell(final long value) {
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
