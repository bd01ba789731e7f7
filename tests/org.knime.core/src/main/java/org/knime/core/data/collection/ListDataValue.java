package org.knime.core.data.collection;

import org.knime.core.data.DataCell;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/collection/ListDataValue.java (UTILITY left out)
public interface ListDataValue extends CollectionDataValue {

    DataCell get(final int index);
}
