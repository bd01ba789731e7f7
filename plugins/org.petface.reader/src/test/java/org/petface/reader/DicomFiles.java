package org.petface.reader;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Hand-built DICOM Part 10 bytes for malformed-input tests (explicit VR little endian). */
public final class DicomFiles {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public DicomFiles() {
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        byte[] ts = "1.2.840.10008.1.2.1\0".getBytes(StandardCharsets.US_ASCII);
        element(0x0002, 0x0010, "UI", ts);
    }

    public DicomFiles element(int group, int element, String vr, byte[] value) {
        tag(group, element);
        out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        if (vr.equals("OB") || vr.equals("SQ") || vr.equals("UN") || vr.equals("OW")) {
            u16(0);
            u32(value.length);
        } else {
            u16(value.length);
        }
        out.writeBytes(value);
        return this;
    }

    /** An element header with an arbitrary 32-bit length and no value. */
    public DicomFiles longHeader(int group, int element, String vr, long length) {
        tag(group, element);
        out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        u16(0);
        u32(length);
        return this;
    }

    /** An item header (no VR) with the given length. */
    public DicomFiles item(long length) {
        tag(0xFFFE, 0xE000);
        u32(length);
        return this;
    }

    /** {@code depth} nested undefined-length sequences, each with one undefined-length item, all closed. */
    public DicomFiles nestedSequences(int depth) {
        for (int d = 0; d < depth; d++) {
            longHeader(0x0008, 0x1115, "SQ", 0xFFFFFFFFL);
            tag(0xFFFE, 0xE000);
            u32(0xFFFFFFFFL);
        }
        for (int d = 0; d < depth; d++) {
            tag(0xFFFE, 0xE00D);
            u32(0);
            tag(0xFFFE, 0xE0DD);
            u32(0);
        }
        return this;
    }

    public DicomFiles padTo(int size) {
        out.writeBytes(new byte[Math.max(0, size - out.size())]);
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    private void tag(int group, int element) {
        u16(group);
        u16(element);
    }

    private void u16(int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }

    private void u32(long v) {
        u16((int) (v & 0xFFFF));
        u16((int) ((v >>> 16) & 0xFFFF));
    }
}
