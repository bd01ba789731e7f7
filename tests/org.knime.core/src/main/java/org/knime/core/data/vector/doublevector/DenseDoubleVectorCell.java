package org.knime.core.data.vector.doublevector;

import java.util.Iterator;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.DataValue;
import org.knime.core.data.collection.CollectionDataValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/vector/doublevector/DenseDoubleVectorCell.java
public class DenseDoubleVectorCell extends DataCell implements DoubleVectorValue, CollectionDataValue {

    private static final long serialVersionUID = 1L;

    // Package-private like the real constructor; cells come from DoubleVectorCellFactory.
    private final double[] m_vector;

    DenseDoubleVectorCell(final double[] doubleVector) {
        m_vector = doubleVector.clone();
    }

    @Override
    public int getLength() {
        return m_vector.length;
    }

    @Override
    public double getValue(final int index) {
        return m_vector[index];
    }

    @Override
    public int size() {
        return m_vector.length;
    }

    @Override
    public DataType getElementType() {
        return DoubleCell.TYPE;
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
        return java.util.Arrays.hashCode(m_vector);
    }

    @Override
    protected boolean equalContent(final DataValue otherValue) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return java.util.Arrays.equals(m_vector, ((DenseDoubleVectorCell)dc).m_vector);
    }

    @Override
    public String toString() {
        return java.util.Arrays.toString(m_vector);
    }
}
