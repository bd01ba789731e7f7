package org.knime.core.data;

import java.util.stream.Stream;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataRow.java
public interface DataRow extends Iterable<DataCell> {

    int getNumCells();

    RowKey getKey();

    DataCell getCell(final int index);

    default Stream<DataCell> stream() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
