package org.knime.core.node;

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
        throw new UnsupportedOperationException("compile-only stub");
    }
}
