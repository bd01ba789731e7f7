package org.petface.reader.dicom;

import java.nio.ByteBuffer;
import org.petface.reader.PixelFormat;

/** Stored pixel values from raw samples: masked to BitsStored at HighBit, sign-extended when signed. */
final class StoredValues {

    private StoredValues() {
    }

    /** n samples of the format's allocation from a buffer in its byte order. */
    static int[] fromBytes(ByteBuffer buffer, PixelFormat format, int n) {
        int[] out = new int[n];
        switch (format.bitsAllocated()) {
            case 8 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = buffer.get(i) & 0xFF;
                }
            }
            case 16 -> {
                java.nio.ShortBuffer shorts = buffer.asShortBuffer();
                for (int i = 0; i < n; i++) {
                    out[i] = shorts.get(i) & 0xFFFF;
                }
            }
            default -> {
                java.nio.IntBuffer ints = buffer.asIntBuffer();
                for (int i = 0; i < n; i++) {
                    out[i] = ints.get(i);
                }
            }
        }
        applyBits(out, format);
        return out;
    }

    /** Samples as an image decoder delivered them (possibly already sign-extended). */
    static int[] fromDecodedSamples(int[] samples, PixelFormat format) {
        if (format.bitsAllocated() < 32) {
            int mask = (1 << format.bitsAllocated()) - 1;
            for (int i = 0; i < samples.length; i++) {
                samples[i] &= mask;
            }
        }
        applyBits(samples, format);
        return samples;
    }

    /** Turns raw allocation bit patterns into values, in place. */
    private static void applyBits(int[] v, PixelFormat format) {
        int stored = format.bitsStored();
        int shift = format.highBit() + 1 - stored;
        if (stored >= 32) {
            if (!format.signed()) {
                // Unsigned 32-bit values beyond Integer.MAX_VALUE are clamped: no image uses that range.
                for (int i = 0; i < v.length; i++) {
                    v[i] = v[i] < 0 ? Integer.MAX_VALUE : v[i];
                }
            }
            return;
        }
        int mask = (1 << stored) - 1;
        int signBit = 1 << (stored - 1);
        boolean signed = format.signed();
        for (int i = 0; i < v.length; i++) {
            int x = (v[i] >>> shift) & mask;
            v[i] = signed && (x & signBit) != 0 ? x - (1 << stored) : x;
        }
    }
}
