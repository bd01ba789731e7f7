package org.knime.core.data.container;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.filestore.FileStoreFactory;
import org.knime.core.node.ExecutionMonitor;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/container/AbstractCellFactory.java
// Test-harness behaviour: file stores come from a temporary folder (the real framework hands in the node's).
public abstract class AbstractCellFactory implements CellFactory {

    private final DataColumnSpec[] m_colSpecs;

    private boolean m_parallel;

    private final Object m_fileStoreLock = new Object();

    private FileStoreFactory m_fileStoreFactory;

    public AbstractCellFactory(final DataColumnSpec... colSpecs) {
        this(false, colSpecs);
    }

    public AbstractCellFactory(final boolean processConcurrently, final DataColumnSpec... colSpecs) {
        m_colSpecs = colSpecs.clone();
        m_parallel = processConcurrently;
    }

    public AbstractCellFactory(final boolean processConcurrently, final int workerCount, final int maxQueueSize,
        final DataColumnSpec... colSpecs) {
        this(processConcurrently, colSpecs);
    }

    protected final FileStoreFactory getFileStoreFactory() {
        synchronized (m_fileStoreLock) {
            if (m_fileStoreFactory == null) {
                m_fileStoreFactory = FileStoreFactory.createNotInWorkflowFileStoreFactory();
            }
            return m_fileStoreFactory;
        }
    }

    public final void setParallelProcessing(final boolean value) {
        m_parallel = value;
    }

    public final boolean isParallelProcessing() {
        return m_parallel;
    }

    public final void setParallelProcessing(final boolean value, final int maxParallelWorkers,
        final int maxQueueSize) {
        m_parallel = value;
    }

    @Override
    public DataColumnSpec[] getColumnSpecs() {
        return m_colSpecs.clone();
    }

    public void afterProcessing() {
        // nothing to clean up by default, as in the real class
    }

    @Deprecated
    @Override
    public void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        exec.setProgress(curRowNr / (double)rowCount, "Processed row " + curRowNr + "/" + rowCount + " (\"" + lastKey
            + "\")");
    }

    @Override
    public void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        exec.setProgress(curRowNr / (double)rowCount, "Processed row " + curRowNr + "/" + rowCount + " (\"" + lastKey
            + "\")");
    }
}
