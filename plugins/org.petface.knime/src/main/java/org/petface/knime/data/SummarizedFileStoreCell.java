package org.petface.knime.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

import org.knime.core.data.DataCellDataInput;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.data.filestore.FileStore;
import org.knime.core.data.filestore.FileStoreCell;

/**
 * A file-store cell whose payload (a volume, mesh or render) is one file in the node's file store, which KNIME saves
 * with the workflow; the table row holds only a one-line summary for table views. Subclasses differ only in how they
 * write and read that file; each registers a {@link SummarySerializer} subclass in plugin.xml (extension point
 * org.knime.core.DataType).
 */
public abstract class SummarizedFileStoreCell extends FileStoreCell {

    private static final long serialVersionUID = 1L;

    private final String m_summary;

    /** A new cell whose payload the subclass has just written to {@code fileStore}. */
    protected SummarizedFileStoreCell(final FileStore fileStore, final String summary) {
        super(fileStore);
        m_summary = summary;
    }

    /** For deserialisation: KNIME restores the file store afterwards. */
    protected SummarizedFileStoreCell(final String summary) {
        m_summary = summary;
    }

    /** The payload file. */
    protected final Path file() {
        return getFileStores()[0].getFile().toPath();
    }

    /** One line for table views. */
    public final String getSummary() {
        return m_summary;
    }

    @Override
    public final String toString() {
        return m_summary;
    }

    /**
     * Stores the summary; the payload stays in the file store. A subclass is public with a no-argument constructor
     * (KNIME instantiates it from plugin.xml) and names its cell class as the type argument, from which KNIME learns
     * the cell class.
     *
     * @param <C> the cell class
     */
    public abstract static class SummarySerializer<C extends SummarizedFileStoreCell> implements DataCellSerializer<C> {

        private final Function<String, C> m_restore;

        /** @param restore the cell's deserialisation constructor */
        protected SummarySerializer(final Function<String, C> restore) {
            m_restore = restore;
        }

        @Override
        public final void serialize(final C cell, final DataCellDataOutput output) throws IOException {
            output.writeUTF(cell.getSummary());
        }

        @Override
        public final C deserialize(final DataCellDataInput input) throws IOException {
            return m_restore.apply(input.readUTF());
        }
    }
}
