package org.knime.core.data.container;

import org.knime.core.data.DataTableSpec;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/container/ColumnRearranger.java
public class ColumnRearranger {

    public ColumnRearranger(final DataTableSpec original) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void keepOnly(final int... colIndices) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void keepOnly(final String... colNames) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void remove(final int... colIndices) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void remove(final String... colNames) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final int indexOf(final String colName) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final int getColumnCount() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void move(final int from, final int to) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void move(final String colName, final int to) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void insertAt(final int position, final CellFactory fac) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void append(final CellFactory fac) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void replace(final CellFactory newCol, final String colName) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void replace(final CellFactory fac, final int... colIndex) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final DataTableSpec createSpec() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
