package org.knime.core.node;

import javax.swing.JComponent;

import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/BufferedDataTable.java
public final class BufferedDataTable implements DataTable, PortObject {

    // Real values come from KNIME's PortTypeRegistry at run time.
    public static final PortType TYPE = null;

    public static final PortType TYPE_OPTIONAL = null;

    private BufferedDataTable() {
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public DataTableSpec getSpec() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getSummary() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public CloseableRowIterator iterator() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Deprecated
    public int getRowCount() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public long size() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
