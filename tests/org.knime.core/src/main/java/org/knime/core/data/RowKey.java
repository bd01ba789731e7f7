package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/RowKey.java
public final class RowKey implements RowKeyValue {

    public RowKey(final String id) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getString() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static RowKey createRowKey(final long rowIndex) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean equals(final Object obj) {
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
