package org.knime.core.data.vector.doublevector;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellFactory;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/vector/doublevector/DoubleVectorCellFactory.java
public class DoubleVectorCellFactory implements DataCellFactory {

    public static final DataType TYPE = DataType.getType(DenseDoubleVectorCell.class, DoubleCell.TYPE);

    // The second type parameter really is named like the interface and shadows it; erasure returns DataCell.
    @SuppressWarnings({"hiding", "unchecked"})
    public static <T extends DataCell, DoubleVectorValue> T createCell(final double[] vector) {
        return (T)new DenseDoubleVectorCell(vector);
    }

    @Override
    public DataType getDataType() {
        return TYPE;
    }
}
