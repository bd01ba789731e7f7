package org.knime.core.data;

import java.io.Serializable;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataCell.java
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public DataCell materializeDataCell() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final DataType getType() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isMissing() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public abstract String toString();

    @Override
    public final boolean equals(final Object o) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected abstract boolean equalsDataCell(final DataCell dc);

    protected boolean equalContent(final DataValue otherValue) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public abstract int hashCode();
}
