package org.knime.core.data.vector.doublevector;

import java.util.Iterator;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DataValue;
import org.knime.core.data.collection.CollectionDataValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/vector/doublevector/DenseDoubleVectorCell.java
public class DenseDoubleVectorCell extends DataCell implements DoubleVectorValue, CollectionDataValue {

    private static final long serialVersionUID = 1L;

    // Package-private like the real constructor; cells come from DoubleVectorCellFactory.
    DenseDoubleVectorCell(final double[] doubleVector) {
    }

    @Override
    public int getLength() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public double getValue(final int index) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public DataType getElementType() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean containsBlobWrapperCells() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public Iterator<DataCell> iterator() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    protected boolean equalContent(final DataValue otherValue) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
