package org.petface.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small, fast PNG encoder for greyscale images (8 or 16 bits): every row uses the Sub filter and the data is
 * deflated at the fastest level, which suits renders (large uniform background, smooth shading).
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int GREY = 0;

    private PngEncoder() {
    }

    /** An 8-bit greyscale PNG of width x height pixels, row-major from the top-left. */
    public static byte[] grey8(byte[] pixels, int width, int height) {
        checkSize(pixels.length, width, height);
        byte[] raw = new byte[(width + 1) * height];
        for (int row = 0; row < height; row++) {
            int in = row * width;
            int out = row * (width + 1);
            raw[out] = 1;
            raw[out + 1] = pixels[in];
            for (int c = 1; c < width; c++) {
                raw[out + 1 + c] = (byte) (pixels[in + c] - pixels[in + c - 1]);
            }
        }
        return png(width, height, 8, raw, null);
    }

    /** A 16-bit greyscale PNG (values are unsigned), with an optional tEXt Description. */
    public static byte[] grey16(char[] values, int width, int height, String description) {
        checkSize(values.length, width, height);
        int stride = 2 * width + 1;
        byte[] raw = new byte[stride * height];
        for (int row = 0; row < height; row++) {
            int in = row * width;
            int out = row * stride;
            raw[out] = 1;
            char previous = 0;
            for (int c = 0; c < width; c++) {
                char v = values[in + c];
                // the Sub filter works bytewise, two bytes back
                raw[out + 1 + 2 * c] = (byte) ((v >> 8) - (previous >> 8));
                raw[out + 2 + 2 * c] = (byte) ((v & 0xff) - (previous & 0xff));
                previous = v;
            }
        }
        return png(width, height, 16, raw, description);
    }

    private static void checkSize(int length, int width, int height) {
        if (width < 1 || height < 1 || (long) width * height != length) {
            throw new IllegalArgumentException(length + " pixels do not make a " + width + "x" + height + " image");
        }
    }

    private static byte[] png(int width, int height, int bitDepth, byte[] filtered, String description) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(filtered.length / 4 + 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = (byte) bitDepth;
        header[9] = GREY;
        chunk(out, "IHDR", header);
        if (description != null) {
            chunk(out, "tEXt", ("Description\0" + description).getBytes(StandardCharsets.ISO_8859_1));
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(filtered);
            deflater.finish();
            ByteArrayOutputStream data = new ByteArrayOutputStream(filtered.length / 4 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                data.write(buffer, 0, deflater.deflate(buffer));
            }
            chunk(out, "IDAT", data.toByteArray());
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
