package org.knime.core.data.filestore;

import java.io.IOException;

import org.knime.core.data.DataCell;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/filestore/FileStoreCell.java
// (internal supertype FileStoreProxy.FlushCallback left out)
public abstract class FileStoreCell extends DataCell {

    private static final long serialVersionUID = 1L;

    // Constructors do nothing in the stub so petface cells can be instantiated in tests.
    protected FileStoreCell(final FileStore[] fileStores) {
    }

    protected FileStoreCell(final FileStore fileStore) {
    }

    protected FileStoreCell() {
    }

    protected FileStore getFileStore() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected FileStore[] getFileStores() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected void postConstruct() throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected void flushToFileStore() throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected boolean equalFileStoreContent(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
