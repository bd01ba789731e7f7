package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataColumnSpecCreator.java
public final class DataColumnSpecCreator {

    public DataColumnSpecCreator(final String name, final DataType type) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataColumnSpecCreator(final DataColumnSpec cspec) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void setName(final String name) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void setElementNames(final String[] elNames) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void setType(final DataType type) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataType getType() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataColumnSpec createSpec() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
