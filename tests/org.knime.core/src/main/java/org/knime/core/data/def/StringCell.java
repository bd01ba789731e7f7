package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.NominalValue;
import org.knime.core.data.StringValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/def/StringCell.java (fuzzy/complex-number interfaces left out)
public final class StringCell extends DataCell implements StringValue, NominalValue {

    private static final long serialVersionUID = 1L;

    // The real value is computed by DataType.getType at class initialisation.
    public static final DataType TYPE = null;

    public StringCell(final String value) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getStringValue() {
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
