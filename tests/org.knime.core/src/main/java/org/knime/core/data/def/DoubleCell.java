package org.knime.core.data.def;

import org.knime.core.data.BoundedValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/def/DoubleCell.java (fuzzy/complex-number interfaces left out)
public final class DoubleCell extends DataCell implements DoubleValue, BoundedValue {

    private static final long serialVersionUID = 1L;

    // The real value is computed by DataType.getType at class initialisation.
    public static final DataType TYPE = null;

    public DoubleCell(final double value) {
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
