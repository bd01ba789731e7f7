package org.knime.core.data.collection;

import java.util.Collection;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataType;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/collection/CollectionCellFactory.java
public final class CollectionCellFactory {

    private CollectionCellFactory() {
    }

    public static ListCell createListCell(final Collection<? extends DataCell> coll) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static ListCell createListCell(final DataRow row, final int[] cols) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static DataType getElementType(final DataType[] colType) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
