package org.knime.core.data.collection;

import java.util.stream.Stream;

import org.knime.core.data.DataCell;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/collection/CellCollection.java
public interface CellCollection extends Iterable<DataCell> {

    boolean containsBlobWrapperCells();

    default Stream<DataCell> stream() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
