package org.petface.reader.dicom;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.petface.reader.dicom.InvalidDicomException.Kind;

/**
 * A bounded structural walk over a DICOM Part 10 file, run before any full parser sees it. It checks every
 * declared length against what is left of the file (or of its enclosing item), bounds sequence nesting
 * (iteratively, no recursion), never allocates from a declared length, and stops at the top-level pixel
 * data: trailing padding is never read. It also finds where the pixel data is, so that native pixels can
 * be read straight from the file.
 */
public final class DicomPreCheck {

    /** Largest value accepted for a non-pixel element; real headers stay far below. */
    static final long MAX_ELEMENT_LENGTH = 64L << 20;
    /** Largest inflated data set accepted for deflated files (a guard against deflate bombs). */
    static final long MAX_INFLATED_BYTES = 2L << 30;
    private static final int MAX_FRAGMENTS = 1 << 20;
    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_DELIMITATION = 0xFFFEE00D;
    private static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;
    private static final int PIXEL_DATA = 0x7FE00010;
    private static final int TRANSFER_SYNTAX_UID = 0x00020010;

    /**
     * Where a file's pixel data is. Offsets are file offsets, except for deflated files where they count
     * inflated bytes and only tell that pixel data exists.
     *
     * @param transferSyntaxUid of the data set
     * @param deflated the data set is deflated
     * @param pixelDataElementOffset where the top-level (7FE0,0010) element header starts
     * @param pixelDataOffset first byte of the pixel data value
     * @param pixelDataLength its declared length, or -1 when encapsulated
     * @param fragmentOffsets encapsulated only: value offsets of the items (the first is the offset table)
     * @param fragmentLengths encapsulated only: their lengths
     */
    public record Result(String transferSyntaxUid, boolean deflated, long pixelDataElementOffset,
                         long pixelDataOffset, long pixelDataLength, long[] fragmentOffsets,
                         long[] fragmentLengths) {

        public boolean encapsulated() {
            return pixelDataLength < 0;
        }
    }

    private DicomPreCheck() {
    }

    /** Checks a file; throws {@link InvalidDicomException} with the reason when it must not be parsed. */
    public static Result check(Path file, int maxSequenceDepth) throws IOException {
        long size = Files.size(file);
        try (InputStream raw = Files.newInputStream(file)) {
            BufferedInputStream buffered = new BufferedInputStream(raw, 16384);
            DataSetInput input = new DataSetInput(buffered, 0, size);
            try {
                return checkPart10(input, buffered, size, maxSequenceDepth);
            } catch (EOFException e) {
                throw new InvalidDicomException(Kind.TRUNCATED,
                        "truncated: file ends at byte " + size + " inside an element");
            }
        }
    }

    private static Result checkPart10(DataSetInput input, InputStream buffered, long size, int maxDepth)
            throws IOException {
        if (size < 132) {
            throw new InvalidDicomException(Kind.NOT_DICOM, "not a DICOM Part 10 file (" + size + " bytes)");
        }
        input.skip(128);
        if (!Arrays.equals(input.readBytes(4), "DICM".getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidDicomException(Kind.NOT_DICOM, "not a DICOM Part 10 file (no DICM prefix)");
        }
        String transferSyntax = readMetaHeader(input);
        return switch (transferSyntax) {
            case TransferSyntaxes.DEFLATED_EXPLICIT_LITTLE -> {
                // Deflated: the rest of the file is one raw deflate stream; bound the inflated size instead.
                Inflater inflater = new Inflater(true);
                DataSetInput inflated = new DataSetInput(new BufferedInputStream(
                        new InflaterInputStream(buffered, inflater, 16384), 16384), 0, MAX_INFLATED_BYTES);
                try {
                    yield walkDataSet(inflated, false, transferSyntax, true, maxDepth);
                } catch (EOFException e) {
                    throw new InvalidDicomException(Kind.TRUNCATED, "truncated: deflated data set ends inside an element");
                } catch (java.util.zip.ZipException e) {
                    throw new InvalidDicomException(Kind.MALFORMED, "corrupt deflated data set: " + e.getMessage());
                } finally {
                    inflater.end();
                }
            }
            case TransferSyntaxes.IMPLICIT_LITTLE -> walkDataSet(input, true, transferSyntax, false, maxDepth);
            case TransferSyntaxes.EXPLICIT_BIG -> {
                input.setBigEndian(true);
                yield walkDataSet(input, false, transferSyntax, false, maxDepth);
            }
            default -> walkDataSet(input, false, transferSyntax, false, maxDepth);
        };
    }

    /** Reads group 0002 (explicit VR little endian) and returns the TransferSyntaxUID. */
    private static String readMetaHeader(DataSetInput input) throws IOException {
        String transferSyntax = null;
        while (true) {
            long tag = input.peekTag();
            if (tag < 0 || (tag >>> 16) != 0x0002) {
                break;
            }
            input.skip(4);
            String vr = vr(input);
            long length = hasLongLength(vr) ? skipReservedAndReadU32(input) : input.readU16();
            if (length > 1024 || length > input.remaining()) {
                throw new InvalidDicomException(Kind.MALFORMED,
                        "meta header element " + tagString((int) tag) + " declares " + length + " bytes");
            }
            if (tag == TRANSFER_SYNTAX_UID) {
                transferSyntax = new String(input.readBytes((int) length), StandardCharsets.US_ASCII)
                        .replace("\0", "").trim();
            } else {
                input.skip(length);
            }
        }
        if (transferSyntax == null || transferSyntax.isEmpty()) {
            throw new InvalidDicomException(Kind.MALFORMED, "no TransferSyntaxUID in the meta header");
        }
        return transferSyntax;
    }

    /** One open sequence or item: where it ends (-1 = at its delimiter) and how its content is encoded. */
    private record Container(boolean sequence, long end, boolean implicitVr) {
    }

    private static Result walkDataSet(DataSetInput input, boolean implicitVr, String transferSyntax,
                                      boolean deflated, int maxDepth) throws IOException {
        Deque<Container> open = new ArrayDeque<>();
        int sequenceDepth = 0;
        while (true) {
            Container top = open.peek();
            if (top != null && top.end >= 0 && input.position() >= top.end) {
                if (input.position() > top.end) {
                    throw new InvalidDicomException(Kind.MALFORMED, "an element crosses the end of its "
                            + (top.sequence ? "sequence" : "item") + " at byte " + top.end);
                }
                open.pop();
                sequenceDepth -= top.sequence ? 1 : 0;
                continue;
            }
            if (top == null && input.atEnd()) {
                throw new InvalidDicomException(Kind.NO_PIXEL_DATA, "no pixel data");
            }
            long elementStart = input.position();
            int tag = (input.readU16() << 16) | input.readU16();
            if ((tag >>> 16) == 0xFFFE) {
                long length = input.readU32();
                switch (tag) {
                    case ITEM -> {
                        if (top == null || !top.sequence) {
                            throw malformed("item outside a sequence", elementStart);
                        }
                        open.push(new Container(false, length == UNDEFINED ? -1 : endOf(input, top, length, tag),
                                top.implicitVr));
                    }
                    case ITEM_DELIMITATION -> {
                        if (top == null || top.sequence || top.end >= 0) {
                            throw malformed("item delimiter outside an undefined-length item", elementStart);
                        }
                        open.pop();
                    }
                    case SEQUENCE_DELIMITATION -> {
                        if (top == null || !top.sequence || top.end >= 0) {
                            throw malformed("sequence delimiter outside an undefined-length sequence", elementStart);
                        }
                        open.pop();
                        sequenceDepth--;
                    }
                    default -> throw malformed("unknown delimiter tag " + tagString(tag), elementStart);
                }
                continue;
            }
            if (top != null && top.sequence) {
                throw malformed("element " + tagString(tag) + " directly inside a sequence", elementStart);
            }
            boolean implicit = top == null ? implicitVr : top.implicitVr;
            String vr = implicit ? null : vr(input);
            long length = implicit || hasLongLength(vr) ? (implicit ? input.readU32() : skipReservedAndReadU32(input))
                    : input.readU16();
            if (tag == PIXEL_DATA && top == null) {
                return pixelData(input, transferSyntax, deflated, elementStart, length);
            }
            if (tag == PIXEL_DATA && length == UNDEFINED) {
                readFragments(input, null);
                continue;
            }
            boolean sequence = "SQ".equals(vr) || (length == UNDEFINED && (implicit || "UN".equals(vr)))
                    || (implicit && length >= 8 && input.peekTag() == (ITEM & 0xFFFFFFFFL));
            if (sequence) {
                if (++sequenceDepth > maxDepth) {
                    throw new InvalidDicomException(Kind.MALFORMED,
                            "sequences nested deeper than " + maxDepth + " levels at byte " + elementStart);
                }
                // An undefined-length UN holds a sequence encoded in implicit VR (PS3.5 6.2.2).
                boolean contentImplicit = implicit || "UN".equals(vr);
                open.push(new Container(true, length == UNDEFINED ? -1 : endOf(input, top, length, tag),
                        contentImplicit));
                continue;
            }
            if (length == UNDEFINED) {
                throw malformed("undefined length on non-sequence element " + tagString(tag), elementStart);
            }
            if (length > MAX_ELEMENT_LENGTH) {
                throw malformed("element " + tagString(tag) + " declares " + length + " bytes", elementStart);
            }
            endOf(input, top, length, tag);
            input.skip(length);
        }
    }

    private static Result pixelData(DataSetInput input, String transferSyntax, boolean deflated,
                                    long elementStart, long length) throws IOException {
        long valueStart = input.position();
        if (length != UNDEFINED) {
            if (length > input.remaining()) {
                throw new InvalidDicomException(Kind.TRUNCATED, "truncated: pixel data declares " + length
                        + " bytes, " + input.remaining() + " remain");
            }
            return new Result(transferSyntax, deflated, elementStart, valueStart, length, null, null);
        }
        long[][] fragments = new long[2][];
        readFragments(input, fragments);
        return new Result(transferSyntax, deflated, elementStart, valueStart, -1, fragments[0], fragments[1]);
    }

    /** Walks the items of encapsulated pixel data up to its sequence delimiter; records them when asked. */
    private static void readFragments(DataSetInput input, long[][] out) throws IOException {
        long[] offsets = new long[16];
        long[] lengths = new long[16];
        int n = 0;
        while (true) {
            long itemStart = input.position();
            int tag = (input.readU16() << 16) | input.readU16();
            long length = input.readU32();
            if (tag == SEQUENCE_DELIMITATION) {
                break;
            }
            if (tag != ITEM) {
                throw malformed("expected a pixel data fragment, found " + tagString(tag), itemStart);
            }
            if (length == UNDEFINED || length > input.remaining()) {
                throw new InvalidDicomException(Kind.TRUNCATED, "truncated: pixel data fragment declares "
                        + length + " bytes, " + input.remaining() + " remain");
            }
            if (n == MAX_FRAGMENTS) {
                throw malformed("more than " + MAX_FRAGMENTS + " pixel data fragments", itemStart);
            }
            if (n == offsets.length) {
                offsets = Arrays.copyOf(offsets, n * 2);
                lengths = Arrays.copyOf(lengths, n * 2);
            }
            offsets[n] = input.position();
            lengths[n] = length;
            n++;
            input.skip(length);
        }
        if (out != null) {
            out[0] = Arrays.copyOf(offsets, n);
            out[1] = Arrays.copyOf(lengths, n);
        }
    }

    /** The end of a value of this length, checked against its enclosing item and the file. */
    private static long endOf(DataSetInput input, Container enclosing, long length, int tag) throws IOException {
        long end = input.position() + length;
        if (enclosing != null && enclosing.end >= 0 && end > enclosing.end) {
            throw malformed("element " + tagString(tag) + " declares " + length
                    + " bytes, more than its enclosing item holds", input.position());
        }
        if (length > input.remaining()) {
            throw new InvalidDicomException(Kind.TRUNCATED, "truncated: element " + tagString(tag) + " declares "
                    + length + " bytes, " + input.remaining() + " remain");
        }
        return end;
    }

    private static String vr(DataSetInput input) throws IOException {
        byte[] b = input.readBytes(2);
        if (b[0] < 'A' || b[0] > 'Z' || b[1] < 'A' || b[1] > 'Z') {
            throw malformed("invalid value representation", input.position() - 2);
        }
        return new String(b, StandardCharsets.US_ASCII);
    }

    private static boolean hasLongLength(String vr) {
        return switch (vr) {
            case "OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV" -> true;
            default -> false;
        };
    }

    private static long skipReservedAndReadU32(DataSetInput input) throws IOException {
        input.skip(2);
        return input.readU32();
    }

    private static InvalidDicomException malformed(String what, long at) {
        return new InvalidDicomException(Kind.MALFORMED, "malformed: " + what + " at byte " + at);
    }

    static String tagString(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }
}
