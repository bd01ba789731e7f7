package org.petface.reader.dicom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.petface.reader.dicom.InvalidDicomException.Kind;

/** The compressed bytes of one frame of encapsulated pixel data (PS3.5 A.4). */
final class EncapsulatedFrames {

    private EncapsulatedFrames() {
    }

    static byte[] frame(Path file, DicomPreCheck.Result check, int frameIndex, int frames) throws IOException {
        long[] offsets = check.fragmentOffsets();
        long[] lengths = check.fragmentLengths();
        int fragments = offsets.length - 1;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            int[] range = fragmentRange(channel, offsets, lengths, frameIndex, frames);
            long total = 0;
            for (int i = range[0]; i < range[1]; i++) {
                total += lengths[i];
            }
            if (range[0] >= range[1] || range[1] > fragments + 1 || total > Integer.MAX_VALUE - 8) {
                throw new InvalidDicomException(Kind.MALFORMED, file + ": no fragments for frame " + frameIndex);
            }
            ByteBuffer out = ByteBuffer.allocate((int) total);
            for (int i = range[0]; i < range[1]; i++) {
                readFully(channel, out, offsets[i], lengths[i]);
            }
            return out.array();
        }
    }

    /** Fragment indices [from, to) of a frame; index 0 is the Basic Offset Table. */
    private static int[] fragmentRange(FileChannel channel, long[] offsets, long[] lengths, int frame, int frames)
            throws IOException {
        int fragments = offsets.length - 1;
        if (frames == 1) {
            return new int[] {1, fragments + 1};
        }
        if (fragments == frames) {
            return new int[] {frame + 1, frame + 2};
        }
        if (lengths[0] == 4L * frames) {
            return fromOffsetTable(channel, offsets, frame, frames);
        }
        return fromStartMarkers(channel, offsets, lengths, frame);
    }

    /** Offset table entries count from the first fragment's item tag, 8 bytes before its value. */
    private static int[] fromOffsetTable(FileChannel channel, long[] offsets, int frame, int frames)
            throws IOException {
        ByteBuffer table = ByteBuffer.allocate(4 * frames).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, table, offsets[0], 4L * frames);
        long base = offsets[1] - 8;
        long from = base + Integer.toUnsignedLong(table.getInt(4 * frame));
        long to = frame + 1 < frames ? base + Integer.toUnsignedLong(table.getInt(4 * (frame + 1))) : Long.MAX_VALUE;
        int first = -1;
        int end = offsets.length;
        for (int i = 1; i < offsets.length; i++) {
            long itemStart = offsets[i] - 8;
            if (first < 0 && itemStart >= from) {
                first = i;
            }
            if (itemStart >= to) {
                end = i;
                break;
            }
        }
        return new int[] {Math.max(first, 1), end};
    }

    /** Without a usable offset table: a frame starts at each fragment opening with a JPEG or J2K marker. */
    private static int[] fromStartMarkers(FileChannel channel, long[] offsets, long[] lengths, int frame)
            throws IOException {
        int seen = -1;
        int first = -1;
        for (int i = 1; i < offsets.length; i++) {
            ByteBuffer head = ByteBuffer.allocate(2);
            if (lengths[i] >= 2) {
                readFully(channel, head, offsets[i], 2);
            }
            boolean starts = head.get(0) == (byte) 0xFF && (head.get(1) == (byte) 0xD8 || head.get(1) == (byte) 0x4F);
            if (starts) {
                seen++;
                if (seen == frame) {
                    first = i;
                } else if (seen == frame + 1) {
                    return new int[] {first, i};
                }
            }
        }
        return first < 0 ? new int[] {0, 0} : new int[] {first, offsets.length};
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long position, long length)
            throws IOException {
        int limit = into.position() + (int) length;
        ByteBuffer view = into.duplicate();
        view.limit(limit);
        long at = position;
        while (view.hasRemaining()) {
            int n = channel.read(view, at);
            if (n < 0) {
                throw new InvalidDicomException(Kind.TRUNCATED, "file ends inside a pixel data fragment");
            }
            at += n;
        }
        into.position(limit);
    }
}
