package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/BufferedDataContainer.java
public class BufferedDataContainer extends DataContainer {

    // Package-private like the real constructor (created only by ExecutionContext).
    BufferedDataContainer(final DataTableSpec spec) {
        super(spec);
    }

    @Override
    public BufferedDataTable getTable() {
        final List<DataRow> rows = new ArrayList<>();
        super.getTable().forEach(rows::add);
        return new BufferedDataTable(getTableSpec(), rows);
    }
}
