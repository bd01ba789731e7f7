package org.petface.reader.dicom;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** A byte stream with a position and the DICOM integer reads of one byte order; never reads past its limit. */
final class DataSetInput {

    private final InputStream in;
    private final long limit;
    private long position;
    private boolean bigEndian;

    DataSetInput(InputStream in, long startPosition, long limit) {
        this.in = in;
        this.position = startPosition;
        this.limit = limit;
    }

    void setBigEndian(boolean bigEndian) {
        this.bigEndian = bigEndian;
    }

    long position() {
        return position;
    }

    /** Bytes left before the limit (the file end, or the cap on inflated data). */
    long remaining() {
        return limit - position;
    }

    /** True when no byte is left; consumes nothing. */
    boolean atEnd() throws IOException {
        if (position >= limit) {
            return true;
        }
        in.mark(1);
        int b = in.read();
        in.reset();
        return b < 0;
    }

    int readU16() throws IOException {
        int a = readByte();
        int b = readByte();
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    long readU32() throws IOException {
        long a = readU16();
        long b = readU16();
        return bigEndian ? (a << 16) | b : (b << 16) | a;
    }

    /** The next 4 bytes as a tag (group << 16 | element) without consuming them, or -1 at the end. */
    long peekTag() throws IOException {
        if (remaining() < 4) {
            return -1;
        }
        in.mark(4);
        byte[] b = in.readNBytes(4);
        in.reset();
        if (b.length < 4) {
            return -1;
        }
        int g = bigEndian ? ((b[0] & 0xFF) << 8) | (b[1] & 0xFF) : ((b[1] & 0xFF) << 8) | (b[0] & 0xFF);
        int e = bigEndian ? ((b[2] & 0xFF) << 8) | (b[3] & 0xFF) : ((b[3] & 0xFF) << 8) | (b[2] & 0xFF);
        return ((long) g << 16) | e;
    }

    byte[] readBytes(int n) throws IOException {
        if (n > remaining()) {
            throw new EOFException();
        }
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException();
        }
        position += n;
        return b;
    }

    void skip(long n) throws IOException {
        if (n > remaining()) {
            throw new EOFException();
        }
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException();
                }
                skipped = 1;
            }
            left -= skipped;
        }
        position += n;
    }

    private int readByte() throws IOException {
        if (position >= limit) {
            throw new EOFException();
        }
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        position++;
        return b;
    }
}
