package org.knime.core.data;

import java.io.Serializable;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataCell.java
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public DataCell materializeDataCell() {
        return this;
    }

    public final DataType getType() {
        return DataType.getType(getClass());
    }

    public boolean isMissing() {
        return false;
    }

    @Override
    public abstract String toString();

    @Override
    public final boolean equals(final Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof DataCell other)) {
            return false;
        }
        if (isMissing() || other.isMissing()) {
            return isMissing() && other.isMissing();
        }
        return other.getClass() == getClass() && equalsDataCell(other);
    }

    protected abstract boolean equalsDataCell(final DataCell dc);

    protected boolean equalContent(final DataValue otherValue) {
        return false;
    }

    @Override
    public abstract int hashCode();
}
