package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/RowKeyValue.java
public interface RowKeyValue {

    String getString();

    default RowKey materializeRowKey() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
