package org.knime.core.node;

import java.io.IOException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.filestore.FileStore;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/ExecutionContext.java
public class ExecutionContext extends ExecutionMonitor {

    // The real constructors take framework internals (Node, NodeProgressMonitor); none is reachable from our code.
    ExecutionContext() {
    }

    public FileStore createFileStore(final String relativePath) throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in, final ColumnRearranger rearranger,
        final ExecutionMonitor subProgressMon) throws CanceledExecutionException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public BufferedDataTable createSpecReplacerTable(final BufferedDataTable in, final DataTableSpec newSpec) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public ExecutionContext createSubExecutionContext(final double maxProg) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public ExecutionContext createSilentSubExecutionContext(final double maxProg) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
