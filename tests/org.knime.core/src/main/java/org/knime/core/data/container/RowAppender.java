package org.knime.core.data.container;

import org.knime.core.data.DataRow;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/container/RowAppender.java
public interface RowAppender {

    void addRowToTable(final DataRow row);
}
