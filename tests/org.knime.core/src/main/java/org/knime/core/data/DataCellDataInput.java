package org.knime.core.data;

import java.io.DataInput;
import java.io.IOException;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataCellDataInput.java
public interface DataCellDataInput extends DataInput {

    DataCell readDataCell() throws IOException;
}
