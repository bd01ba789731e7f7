package org.petface.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks on the paths a user names, so that a command fails early with the file and the reason. */
final class Inputs {

    private Inputs() {
    }

    static void requireExisting(Path path) throws NoSuchFileException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path + ": no such file or folder");
        }
    }

    /** Outputs never go into the user's input: nothing the user owns is modified. */
    static void requireNotInside(Path output, Path input) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path in = input.toAbsolutePath().normalize();
        if (out.equals(in) || (Files.isDirectory(in) && out.startsWith(in))) {
            throw new IOException(output + ": refusing to write into the input " + input);
        }
    }

    /**
     * A folder for generated output: created if missing; an existing one must be empty or hold an earlier
     * petface output (recognised by its marker file), so a user's folder is never overwritten.
     */
    static void prepareOutputFolder(Path folder, String markerFile) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + ": exists and is not a folder");
        }
        if (Files.isDirectory(folder) && !Files.exists(folder.resolve(markerFile))) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(folder + ": folder is not empty and holds no " + markerFile
                            + " of an earlier petface run; choose an empty or new folder");
                }
            }
        }
        Files.createDirectories(folder);
    }
}
