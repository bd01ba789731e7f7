package org.knime.core.data.filestore;

import java.io.IOException;

import org.knime.core.node.ExecutionContext;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/filestore/FileStoreFactory.java
public abstract class FileStoreFactory {

    // Package-private like the real constructor.
    FileStoreFactory() {
    }

    public abstract FileStore createFileStore(final String relativePath) throws IOException;

    public abstract void close();

    public static final FileStoreFactory createFileStoreFactory(final ExecutionContext exec) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static final FileStoreFactory createNotInWorkflowFileStoreFactory() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
