package org.knime.core.data.container;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.filestore.FileStoreFactory;
import org.knime.core.node.ExecutionMonitor;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/container/AbstractCellFactory.java
public abstract class AbstractCellFactory implements CellFactory {

    // Constructors do nothing in the stub so petface cell factories can be instantiated in tests.
    public AbstractCellFactory(final DataColumnSpec... colSpecs) {
    }

    public AbstractCellFactory(final boolean processConcurrently, final DataColumnSpec... colSpecs) {
    }

    public AbstractCellFactory(final boolean processConcurrently, final int workerCount, final int maxQueueSize,
        final DataColumnSpec... colSpecs) {
    }

    protected final FileStoreFactory getFileStoreFactory() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void setParallelProcessing(final boolean value) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final boolean isParallelProcessing() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void setParallelProcessing(final boolean value, final int maxParallelWorkers,
        final int maxQueueSize) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public DataColumnSpec[] getColumnSpecs() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void afterProcessing() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Deprecated
    @Override
    public void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
