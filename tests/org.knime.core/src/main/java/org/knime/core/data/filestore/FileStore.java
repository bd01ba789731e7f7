package org.knime.core.data.filestore;

import java.io.File;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/filestore/FileStore.java
public final class FileStore {

    // The real constructor is package-private; file stores come from ExecutionContext or FileStoreFactory.
    private FileStore() {
    }

    public File getFile() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
