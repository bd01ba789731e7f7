package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.NominalValue;
import org.knime.core.data.StringValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/def/StringCell.java (fuzzy/complex-number interfaces left out)
public final class StringCell extends DataCell implements StringValue, NominalValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(StringCell.class);

    private final String m_string;

    public StringCell(final String value) {
        if (value == null) {
            throw new NullPointerException("String value can't be null.");
        }
        m_string = value;
    }

    @Override
    public String getStringValue() {
        return m_string;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((StringCell)dc).m_string.equals(m_string);
    }

    @Override
    public int hashCode() {
        return m_string.hashCode();
    }

    @Override
    public String toString() {
        return m_string;
    }
}
