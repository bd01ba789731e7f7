package org.knime.core.data;

import java.io.IOException;
import java.io.InputStream;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataCellFactory.java
public interface DataCellFactory {

    DataType getDataType();

    public interface FromInputStream extends DataCellFactory {

        DataCell createCell(InputStream input) throws IOException;
    }
}
