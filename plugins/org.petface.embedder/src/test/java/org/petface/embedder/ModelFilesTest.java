package org.petface.embedder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

    @TempDir
    Path tmp;

    @Test
    void everyRecordedModelMatchesItsDigest() {
        ModelFiles models = ModelFiles.standard();
        assertEquals(5, ModelFiles.recordedDigests().size());
        for (String file : ModelFiles.recordedDigests().keySet()) {
            assertTrue(Files.isRegularFile(models.verified(file)), file);
        }
    }

    @Test
    void aTamperedModelIsRefusedNamingTheFile() throws Exception {
        Path copy = tmp.resolve(ModelFiles.FR_DETECT);
        Files.createDirectories(copy.getParent());
        byte[] bytes = Files.readAllBytes(ModelFiles.standard().verified(ModelFiles.FR_DETECT));
        bytes[bytes.length / 2] ^= 1;
        Files.write(copy, bytes);
        ModelFiles models = new ModelFiles(tmp, ModelFiles.recordedDigests());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> models.verified(ModelFiles.FR_DETECT));
        assertTrue(e.getMessage().contains("SHA-256 mismatch") && e.getMessage().contains("fr_detect.onnx"), e.getMessage());
    }

    @Test
    void aMissingModelOrAnUnrecordedOneIsAClearError() {
        ModelFiles models = new ModelFiles(tmp, ModelFiles.recordedDigests());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> models.verified(ModelFiles.FR_FEATURE));
        assertTrue(missing.getMessage().contains("setup.sh"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ModelFiles(tmp, Map.of()).verified("other.onnx"));
    }
}
