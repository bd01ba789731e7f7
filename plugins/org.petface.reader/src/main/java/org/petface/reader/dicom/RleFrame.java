package org.petface.reader.dicom;

import org.petface.reader.dicom.InvalidDicomException.Kind;

/** DICOM RLE Lossless (PS3.5 annex G): one PackBits segment per byte plane, most significant byte first. */
final class RleFrame {

    private static final int HEADER = 64;

    private RleFrame() {
    }

    static int[] decode(byte[] data, int rows, int columns, int bitsAllocated) throws InvalidDicomException {
        int planes = bitsAllocated / 8;
        if (data.length < HEADER) {
            throw new InvalidDicomException(Kind.TRUNCATED, "RLE frame shorter than its 64-byte header");
        }
        int segments = int32(data, 0);
        if (segments != planes) {
            throw new InvalidDicomException(Kind.MALFORMED, "RLE frame has " + segments + " segments, "
                    + bitsAllocated + "-bit greyscale needs " + planes);
        }
        int n = rows * columns;
        int[] out = new int[n];
        for (int s = 0; s < segments; s++) {
            int start = int32(data, 4 + 4 * s);
            int end = s + 1 < segments ? int32(data, 8 + 4 * s) : data.length;
            if (start < HEADER || end > data.length || start > end) {
                throw new InvalidDicomException(Kind.MALFORMED, "RLE segment " + s + " offsets out of range");
            }
            int shift = 8 * (planes - 1 - s);
            unpack(data, start, end, out, shift, s);
        }
        return out;
    }

    private static void unpack(byte[] data, int from, int to, int[] out, int shift, int segment)
            throws InvalidDicomException {
        int i = from;
        int o = 0;
        while (o < out.length && i < to) {
            int control = data[i++];
            if (control >= 0) {
                int count = control + 1;
                if (i + count > to || o + count > out.length) {
                    throw overrun(segment);
                }
                for (int k = 0; k < count; k++) {
                    out[o++] |= (data[i++] & 0xFF) << shift;
                }
            } else if (control != -128) {
                int count = 1 - control;
                if (i >= to || o + count > out.length) {
                    throw overrun(segment);
                }
                int value = (data[i++] & 0xFF) << shift;
                for (int k = 0; k < count; k++) {
                    out[o++] |= value;
                }
            }
        }
        if (o < out.length) {
            throw new InvalidDicomException(Kind.TRUNCATED, "RLE segment " + segment + " ends after " + o
                    + " of " + out.length + " samples");
        }
    }

    private static InvalidDicomException overrun(int segment) {
        return new InvalidDicomException(Kind.MALFORMED, "RLE segment " + segment + " runs past its end");
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
