package org.knime.core.data.def;

import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/def/DefaultRow.java
public class DefaultRow implements DataRow {

    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DefaultRow(final String rowId, final DataCell... row) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DefaultRow(final String rowId, final List<DataCell> row) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DefaultRow(final RowKey key, final DataRow row) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final int getNumCells() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final RowKey getKey() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final DataCell getCell(final int index) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public Iterator<DataCell> iterator() {
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
