package org.petface.knimestub;

import java.io.IOException;
import java.net.URISyntaxException;

import org.junit.jupiter.api.Test;

/**
 * The stub's API must equal the table in verified-api.txt, whose every line was checked against KNIME's real source
 * (see tests/KNIME-STUB.md). A change to a stub signature, or a new member, fails here until the table is updated after
 * checking the real source again.
 */
class StubApiTest {

    @Test
    void stubApiEqualsVerifiedTable() throws IOException, URISyntaxException {
        ApiSignatures.assertMatchesVerifiedTable(org.knime.core.node.InvalidSettingsException.class, StubApiTest.class);
    }
}
