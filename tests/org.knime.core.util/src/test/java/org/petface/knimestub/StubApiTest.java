package org.petface.knimestub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The stub's API must equal the table in verified-api.txt, whose every line was checked against KNIME's real source
 * (see tests/KNIME-STUB.md). A change to a stub signature, or a new member, fails here until the table is updated after
 * checking the real source again. With -Dstubapi.print=FILE the current description is written to FILE for review.
 */
class StubApiTest {

    @Test
    void stubApiEqualsVerifiedTable() throws IOException, URISyntaxException {
        final List<String> actual = ApiSignatures.describeModule(org.knime.core.node.InvalidSettingsException.class);
        final String print = System.getProperty("stubapi.print");
        if (print != null) {
            Files.write(Path.of(print), actual, StandardCharsets.UTF_8);
        }
        final List<String> expected;
        try (InputStream in = StubApiTest.class.getResourceAsStream("verified-api.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
