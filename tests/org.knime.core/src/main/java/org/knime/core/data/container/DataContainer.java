package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/container/DataContainer.java
// (supertype RowFlushable left out)
public class DataContainer implements RowAppender {

    public DataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataTable getTable() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void close() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isClosed() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isOpen() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public long size() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataTableSpec getTableSpec() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
