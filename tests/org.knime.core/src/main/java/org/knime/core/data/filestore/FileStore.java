package org.knime.core.data.filestore;

import java.io.File;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/filestore/FileStore.java
public final class FileStore {

    private final File m_file;

    // Package-private like the real constructor; file stores come from ExecutionContext or FileStoreFactory.
    FileStore(final File file) {
        m_file = file;
    }

    public File getFile() {
        return m_file;
    }

    @Override
    public String toString() {
        return m_file.toString();
    }
}
