package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/container/CellFactory.java
public interface CellFactory {

    default DataCell[] getCells(final DataRow row) {
        throw new UnsupportedOperationException("No implementation for either of the CellFactory#getCells methods.");
    }

    default DataCell[] getCells(final DataRow row, final long rowIndex) {
        return getCells(row);
    }

    DataColumnSpec[] getColumnSpecs();

    @Deprecated
    void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey, final ExecutionMonitor exec);

    default void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        setProgress((int)curRowNr, Math.toIntExact(rowCount), lastKey, exec);
    }
}
