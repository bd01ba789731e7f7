package org.knime.core.data;

import java.util.List;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataColumnSpec.java
public final class DataColumnSpec {

    // Real constructors are package-private; specs come from DataColumnSpecCreator.
    private DataColumnSpec() {
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public List<String> getElementNames() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataType getType() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isCompatibleWith(final DataColumnSpec cspec) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean equalStructure(final DataColumnSpec cspec) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean equals(final Object o) {
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
