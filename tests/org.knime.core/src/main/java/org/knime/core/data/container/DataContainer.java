package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/container/DataContainer.java
// (supertype RowFlushable left out). Test-harness behaviour: rows are kept in memory; the row length and unique row
// keys are checked as in the real container.
public class DataContainer implements RowAppender {

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows = new ArrayList<>();

    private final Set<String> m_keys = new HashSet<>();

    private boolean m_closed;

    public DataContainer(final DataTableSpec spec) {
        m_spec = Objects.requireNonNull(spec, "table spec");
    }

    @Override
    public void addRowToTable(final DataRow row) {
        if (m_closed) {
            throw new IllegalStateException("Container is closed.");
        }
        if (row.getNumCells() != m_spec.getNumColumns()) {
            throw new IllegalArgumentException("Row \"" + row.getKey() + "\" has " + row.getNumCells()
                + " cells, the table has " + m_spec.getNumColumns() + " columns");
        }
        if (!m_keys.add(row.getKey().getString())) {
            throw new IllegalArgumentException("Duplicate row key \"" + row.getKey() + "\"");
        }
        m_rows.add(row);
    }

    public DataTable getTable() {
        if (!m_closed) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        final List<DataRow> rows = List.copyOf(m_rows);
        return new DataTable() {
            @Override
            public DataTableSpec getDataTableSpec() {
                return m_spec;
            }

            @Override
            public RowIterator iterator() {
                return CloseableRowIterator.from(rows.iterator());
            }
        };
    }

    public void close() {
        m_closed = true;
    }

    public boolean isClosed() {
        return m_closed;
    }

    public boolean isOpen() {
        return !m_closed;
    }

    public long size() {
        return m_rows.size();
    }

    public DataTableSpec getTableSpec() {
        return m_spec;
    }
}
