package org.knime.core.data;

import java.io.IOException;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataCellSerializer.java
// (internal supertype SerializerMethodLoader.Serializer left out)
public interface DataCellSerializer<T extends DataCell> {

    void serialize(final T cell, final DataCellDataOutput output) throws IOException;

    T deserialize(final DataCellDataInput input) throws IOException;

    default Class<T> getCellClass() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
