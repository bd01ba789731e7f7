package org.knime.core.data.collection;

import java.util.Iterator;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/collection/ListCell.java
public class ListCell extends DataCell implements ListDataValue {

    private static final long serialVersionUID = 1L;

    // The real constructor takes an internal list type; lists come from CollectionCellFactory.
    ListCell() {
    }

    public static final DataType getCollectionType(final DataType elementType) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public DataType getElementType() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public Iterator<DataCell> iterator() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public DataCell get(final int index) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean containsBlobWrapperCells() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
