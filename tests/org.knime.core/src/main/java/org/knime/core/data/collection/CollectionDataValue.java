package org.knime.core.data.collection;

import org.knime.core.data.DataType;
import org.knime.core.data.DataValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/collection/CollectionDataValue.java (UTILITY left out)
public interface CollectionDataValue extends DataValue, CellCollection {

    DataType getElementType();

    int size();
}
