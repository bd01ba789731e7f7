package org.knime.core.data.filestore;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.knime.core.node.ExecutionContext;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/filestore/FileStoreFactory.java
// Test-harness behaviour: every factory owns a temporary folder, deleted when the JVM exits.
public abstract class FileStoreFactory {

    // Package-private like the real constructor.
    FileStoreFactory() {
    }

    public abstract FileStore createFileStore(final String relativePath) throws IOException;

    public abstract void close();

    public static final FileStoreFactory createFileStoreFactory(final ExecutionContext exec) {
        return createNotInWorkflowFileStoreFactory();
    }

    public static final FileStoreFactory createNotInWorkflowFileStoreFactory() {
        final Path folder;
        try {
            folder = Files.createTempDirectory("knime-stub-filestores");
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(folder)));
        final Set<String> names = new HashSet<>();
        return new FileStoreFactory() {
            @Override
            public synchronized FileStore createFileStore(final String relativePath) throws IOException {
                if (!names.add(relativePath)) {
                    throw new IOException("File store \"" + relativePath + "\" already exists");
                }
                final File file = folder.resolve(relativePath).toFile();
                Files.createDirectories(file.toPath().getParent());
                return new FileStore(file);
            }

            @Override
            public void close() {
                // the folder stays until the JVM exits: cells created here still refer to it
            }
        };
    }

    private static void deleteRecursively(final Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (final IOException e) {
            // best effort on JVM exit
        }
    }
}
