package org.petface.reader.dicom;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.petface.reader.dicom.InvalidDicomException.Kind;

/** dcmtk's decompression tools, run on a copy target: the user's file is only read. */
final class Dcmtk {

    private static final long TIMEOUT_SECONDS = 120;
    private static final Map<String, Boolean> INSTALLED = new ConcurrentHashMap<>();

    private Dcmtk() {
    }

    static boolean isInstalled(String tool) {
        return INSTALLED.computeIfAbsent(tool, Dcmtk::findOnPath);
    }

    private static boolean findOnPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Reads a stream to its end (so the process never blocks on a full pipe), keeping its first bytes. */
    private static byte[] firstBytesOf(java.io.InputStream in, int keep) throws IOException {
        byte[] kept = in.readNBytes(keep);
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return kept;
    }

    /**
     * Decompresses {@code source} into {@code target} (explicit VR little endian) with the given dcmtk tool
     * (dcmdjpls, dcmdjpeg).
     */
    static void decompress(String tool, Path source, Path target) throws IOException {
        if (!isInstalled(tool)) {
            throw new InvalidDicomException(Kind.UNSUPPORTED, tool + " (dcmtk) is not installed");
        }
        Process process = new ProcessBuilder(List.of(tool, source.toString(), target.toString()))
                .redirectErrorStream(true).start();
        byte[] output;
        try {
            output = firstBytesOf(process.getInputStream(), 8192);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " did not finish within " + TIMEOUT_SECONDS + " s on " + source);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(tool + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            String message = new String(output, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
            throw new InvalidDicomException(Kind.UNSUPPORTED, tool + " failed (exit " + process.exitValue() + "): "
                    + message);
        }
    }
}
