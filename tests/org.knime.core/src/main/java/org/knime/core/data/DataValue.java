package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataValue.java (UTILITY factory left out)
public interface DataValue {

    default DataCell materializeDataCell() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
