package org.knime.core.data.vector.doublevector;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellFactory;
import org.knime.core.data.DataType;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/vector/doublevector/DoubleVectorCellFactory.java
public class DoubleVectorCellFactory implements DataCellFactory {

    // The real value is DataType.getType(DenseDoubleVectorCell.class, DoubleCell.TYPE).
    public static final DataType TYPE = null;

    // The second type parameter really is named like the interface and shadows it; erasure returns DataCell.
    @SuppressWarnings("hiding")
    public static <T extends DataCell, DoubleVectorValue> T createCell(final double[] vector) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public DataType getDataType() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
