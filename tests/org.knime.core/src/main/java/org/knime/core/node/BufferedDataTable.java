package org.knime.core.node;

import java.util.List;

import javax.swing.JComponent;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/BufferedDataTable.java
// Test-harness behaviour: an immutable in-memory list of rows.
public final class BufferedDataTable implements DataTable, PortObject {

    // Real values come from KNIME's PortTypeRegistry at run time.
    public static final PortType TYPE = null;

    public static final PortType TYPE_OPTIONAL = null;

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows;

    BufferedDataTable(final DataTableSpec spec, final List<DataRow> rows) {
        m_spec = spec;
        m_rows = List.copyOf(rows);
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return m_spec;
    }

    @Override
    public DataTableSpec getSpec() {
        return m_spec;
    }

    @Override
    public String getSummary() {
        return "Rows: " + m_rows.size() + ", Cols: " + m_spec.getNumColumns();
    }

    @Override
    public CloseableRowIterator iterator() {
        return CloseableRowIterator.from(m_rows.iterator());
    }

    @Deprecated
    public int getRowCount() {
        return m_rows.size();
    }

    public long size() {
        return m_rows.size();
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
