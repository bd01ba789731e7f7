package org.petface.reader.dicom;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic DICOM UIDs: "2.25." and the decimal value of a name-based (MD5, version 3) UUID. */
public final class DicomUids {

    private DicomUids() {
    }

    /** The same name always gives the same UID; different names give different UIDs. */
    public static String fromName(String name) {
        UUID uuid = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return "2.25." + new BigInteger(1, bytes.array());
    }
}
