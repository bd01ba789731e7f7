package org.knime.core.data.filestore;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.knime.core.data.DataCell;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/filestore/FileStoreCell.java
// (internal supertype FileStoreProxy.FlushCallback left out). Test-harness behaviour: the cell holds its file stores
// directly (the real one holds proxies the framework resolves after deserialisation).
public abstract class FileStoreCell extends DataCell {

    private static final long serialVersionUID = 1L;

    private final FileStore[] m_fileStores;

    protected FileStoreCell(final FileStore[] fileStores) {
        m_fileStores = fileStores.clone();
    }

    protected FileStoreCell(final FileStore fileStore) {
        this(new FileStore[]{fileStore});
    }

    protected FileStoreCell() {
        this(new FileStore[0]);
    }

    @Deprecated
    protected FileStore getFileStore() {
        return m_fileStores[0];
    }

    protected FileStore[] getFileStores() {
        return m_fileStores.clone();
    }

    protected void postConstruct() throws IOException {
        // no-op, as in the real class
    }

    protected void flushToFileStore() throws IOException {
        // no-op, as in the real class
    }

    @Override
    public String toString() {
        return Arrays.stream(m_fileStores).map(Object::toString).collect(Collectors.joining(", "));
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        final FileStore[] other = ((FileStoreCell)dc).m_fileStores;
        if (other.length != m_fileStores.length) {
            return false;
        }
        for (int i = 0; i < other.length; i++) {
            if (!other[i].getFile().equals(m_fileStores[i].getFile())) {
                return equalFileStoreContent(dc);
            }
        }
        return true;
    }

    protected boolean equalFileStoreContent(final DataCell dc) {
        return false;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(Arrays.stream(m_fileStores).map(FileStore::getFile).toArray());
    }
}
