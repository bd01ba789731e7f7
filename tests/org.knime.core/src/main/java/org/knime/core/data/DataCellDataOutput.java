package org.knime.core.data;

import java.io.DataOutput;
import java.io.IOException;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataCellDataOutput.java
public interface DataCellDataOutput extends DataOutput {

    @Override
    void writeUTF(final String s) throws IOException;

    void writeDataCell(final DataCell cell) throws IOException;
}
