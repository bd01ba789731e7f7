package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/container/ColumnRearranger.java
// Test-harness behaviour: appending cell factories only (the other rearrangements throw); rows are computed one after
// the other, also for factories that allow parallel processing.
public class ColumnRearranger {

    private final DataTableSpec m_original;

    private final List<CellFactory> m_appended = new ArrayList<>();

    public ColumnRearranger(final DataTableSpec original) {
        m_original = Objects.requireNonNull(original, "original spec");
    }

    public final void keepOnly(final int... colIndices) {
        throw new UnsupportedOperationException("test harness: only append is supported");
    }

    public final void keepOnly(final String... colNames) {
        throw new UnsupportedOperationException("test harness: only append is supported");
    }

    public final void remove(final int... colIndices) {
        throw new UnsupportedOperationException("test harness: only append is supported");
    }

    public final void remove(final String... colNames) {
        throw new UnsupportedOperationException("test harness: only append is supported");
    }

    public final int indexOf(final String colName) {
        return createSpec().findColumnIndex(colName);
    }

    public final int getColumnCount() {
        return createSpec().getNumColumns();
    }

    public final void move(final int from, final int to) {
        throw new UnsupportedOperationException("test harness: only append is supported");
    }

    public final void move(final String colName, final int to) {
        throw new UnsupportedOperationException("test harness: only append is supported");
    }

    public final void insertAt(final int position, final CellFactory fac) {
        throw new UnsupportedOperationException("test harness: only append is supported");
    }

    public final void append(final CellFactory fac) {
        m_appended.add(Objects.requireNonNull(fac, "cell factory"));
    }

    public final void replace(final CellFactory newCol, final String colName) {
        throw new UnsupportedOperationException("test harness: only append is supported");
    }

    public final void replace(final CellFactory fac, final int... colIndex) {
        throw new UnsupportedOperationException("test harness: only append is supported");
    }

    public final DataTableSpec createSpec() {
        final List<DataColumnSpec> columns = new ArrayList<>(m_original.stream().toList());
        for (final CellFactory f : m_appended) {
            columns.addAll(List.of(f.getColumnSpecs()));
        }
        return new DataTableSpec(m_original.getName(), columns.toArray(DataColumnSpec[]::new));
    }

    // Called by the stub's ExecutionContext.createColumnRearrangeTable (other package, hence by reflection).
    @SuppressWarnings("unused")
    private List<DataRow> rearrangeRows(final DataTable in, final long rowCount, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        final List<DataRow> out = new ArrayList<>();
        long index = 0;
        for (final DataRow row : in) {
            exec.checkCanceled();
            final List<DataCell> cells = new ArrayList<>();
            row.forEach(cells::add);
            for (final CellFactory f : m_appended) {
                final DataCell[] appended = f.getCells(row, index);
                if (appended.length != f.getColumnSpecs().length) {
                    throw new IllegalStateException("Cell factory returned " + appended.length + " cells for "
                        + f.getColumnSpecs().length + " columns");
                }
                cells.addAll(List.of(appended));
                f.setProgress(index + 1, rowCount, row.getKey(), exec);
            }
            out.add(new DefaultRow(row.getKey(), cells));
            index++;
        }
        for (final CellFactory f : m_appended) {
            if (f instanceof AbstractCellFactory a) {
                a.afterProcessing();
            }
        }
        return out;
    }
}
