package org.petface.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short pseudonymous key for a patient identifier, so that reports and logs can group studies by
 * patient without showing the identifier itself.
 */
public final class PseudonymousKey {

    private static final String DOMAIN = "petface-patient-key:";

    private PseudonymousKey() {
    }

    /** "P-" and 12 hex digits of SHA-256 over the identifier; "P-unknown" for a missing one. */
    public static String of(String patientId) {
        if (patientId == null || patientId.isBlank()) {
            return "P-unknown";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((DOMAIN + patientId.trim()).getBytes(StandardCharsets.UTF_8));
            return "P-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
