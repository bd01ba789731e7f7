package org.knime.core.data.def;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/def/DefaultRow.java
public class DefaultRow implements DataRow {

    private final RowKey m_key;

    private final List<DataCell> m_cells;

    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        this(rowKey, List.of(row));
    }

    public DefaultRow(final String rowId, final DataCell... row) {
        this(new RowKey(rowId), row);
    }

    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
        m_key = Objects.requireNonNull(rowKey, "row key");
        m_cells = List.copyOf(row);
    }

    public DefaultRow(final String rowId, final List<DataCell> row) {
        this(new RowKey(rowId), row);
    }

    public DefaultRow(final RowKey key, final DataRow row) {
        this(key, copyCells(row));
    }

    private static List<DataCell> copyCells(final DataRow row) {
        final List<DataCell> cells = new ArrayList<>(row.getNumCells());
        row.forEach(cells::add);
        return cells;
    }

    @Override
    public final int getNumCells() {
        return m_cells.size();
    }

    @Override
    public final RowKey getKey() {
        return m_key;
    }

    @Override
    public final DataCell getCell(final int index) {
        return m_cells.get(index);
    }

    @Override
    public Iterator<DataCell> iterator() {
        return m_cells.iterator();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DefaultRow r && r.m_key.equals(m_key) && r.m_cells.equals(m_cells);
    }

    @Override
    public int hashCode() {
        return m_key.hashCode();
    }

    @Override
    public String toString() {
        return m_key + ": " + m_cells;
    }
}
