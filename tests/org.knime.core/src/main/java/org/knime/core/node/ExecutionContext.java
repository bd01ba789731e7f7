package org.knime.core.node;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.filestore.FileStore;
import org.knime.core.data.filestore.FileStoreFactory;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/ExecutionContext.java
// Test-harness behaviour: in-memory tables, file stores in a temporary folder, sub-contexts share the parent's state.
public class ExecutionContext extends ExecutionMonitor {

    private final FileStoreFactory m_fileStores;

    // The real constructors take framework internals (Node, NodeProgressMonitor); none is reachable from our code.
    ExecutionContext() {
        m_fileStores = FileStoreFactory.createNotInWorkflowFileStoreFactory();
    }

    private ExecutionContext(final ExecutionContext parent) {
        super(parent);
        m_fileStores = parent.m_fileStores;
    }

    public FileStore createFileStore(final String relativePath) throws IOException {
        return m_fileStores.createFileStore(relativePath);
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return new BufferedDataContainer(spec);
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        return new BufferedDataContainer(spec);
    }

    public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in, final ColumnRearranger rearranger,
        final ExecutionMonitor subProgressMon) throws CanceledExecutionException {
        return new BufferedDataTable(rearranger.createSpec(), rearrangeRows(rearranger, in, subProgressMon));
    }

    @SuppressWarnings("unchecked")
    private static List<DataRow> rearrangeRows(final ColumnRearranger rearranger, final BufferedDataTable in,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        try {
            final Method m = ColumnRearranger.class.getDeclaredMethod("rearrangeRows", DataTable.class, long.class,
                ExecutionMonitor.class);
            m.setAccessible(true);
            return (List<DataRow>)m.invoke(rearranger, in, in.size(), exec);
        } catch (final InvocationTargetException e) {
            if (e.getCause() instanceof CanceledExecutionException c) {
                throw c;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (final ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public BufferedDataTable createSpecReplacerTable(final BufferedDataTable in, final DataTableSpec newSpec) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public ExecutionContext createSubExecutionContext(final double maxProg) {
        return new ExecutionContext(this);
    }

    public ExecutionContext createSilentSubExecutionContext(final double maxProg) {
        return new ExecutionContext(this);
    }
}
