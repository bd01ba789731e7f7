package org.petface.knime.tests;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.StringValue;

/** Small readers of in-memory tables for assertions. */
final class Tables {

    private Tables() {
    }

    static List<DataRow> rows(final DataTable table) {
        final List<DataRow> rows = new ArrayList<>();
        table.forEach(rows::add);
        return rows;
    }

    static String text(final DataTable table, final DataRow row, final String column) {
        final DataCell cell = cell(table, row, column);
        return cell.isMissing() ? null : ((StringValue)cell).getStringValue();
    }

    static DataCell cell(final DataTable table, final DataRow row, final String column) {
        final int index = table.getDataTableSpec().findColumnIndex(column);
        if (index < 0) {
            throw new AssertionError("no column " + column + " in " + table.getDataTableSpec());
        }
        return row.getCell(index);
    }
}
