package org.petface.knime.common;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.MissingCell;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.data.def.StringCell;
import org.petface.core.Status;

/**
 * Appends the result columns of one engine stage to every row. The last two columns are always the status and its
 * reason; a row the stage cannot compute gets missing value cells carrying the reason, an ERROR status, and is
 * counted in {@link #failures()} so the node can fail only when every row fails.
 */
public abstract class StageCellFactory extends AbstractCellFactory {

    private final RowFailures m_failures = new RowFailures();

    private final int m_valueColumns;

    protected StageCellFactory(final DataColumnSpec... columns) {
        super(columns);
        m_valueColumns = columns.length - 2;
    }

    /** A new output column whose name does not clash with the input's columns. */
    protected static DataColumnSpec column(final DataTableSpec input, final String name, final DataType type) {
        return new DataColumnSpecCreator(DataTableSpec.getUniqueColumnName(input, name), type).createSpec();
    }

    /** The row's output when the stage failed: missing values, ERROR and the reason. */
    protected final DataCell[] failed(final DataRow row, final String reason) {
        recordFailure(row.getKey(), reason);
        final DataCell[] cells = new DataCell[m_valueColumns + 2];
        final DataCell missing = new MissingCell(reason);
        for (int i = 0; i < m_valueColumns; i++) {
            cells[i] = missing;
        }
        cells[m_valueColumns] = new StringCell(Status.Code.ERROR.name());
        cells[m_valueColumns + 1] = new StringCell(reason);
        return cells;
    }

    /** Counts a row as failed when the factory builds its own partial output for it. */
    protected final void recordFailure(final RowKey row, final String reason) {
        m_failures.add(row, reason);
    }

    /** The rows that failed so far. */
    public final RowFailures failures() {
        return m_failures;
    }
}
