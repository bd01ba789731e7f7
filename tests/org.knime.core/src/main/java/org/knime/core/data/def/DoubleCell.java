package org.knime.core.data.def;

import org.knime.core.data.BoundedValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/def/DoubleCell.java (fuzzy/complex-number interfaces left out)
public final class DoubleCell extends DataCell implements DoubleValue, BoundedValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(DoubleCell.class);

    private final double m_double;

    public DoubleCell(final double value) {
        m_double = value;
    }

    @Override
    public double getDoubleValue() {
        return m_double;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return Double.compare(((DoubleCell)dc).m_double, m_double) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(m_double);
    }

    @Override
    public String toString() {
        return Double.toString(m_double);
    }
}
