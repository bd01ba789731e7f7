package org.petface.nifti;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Byte layout of the NIfTI-1 (348 bytes) and NIfTI-2 (540 bytes) headers. Decodes without judging values. */
final class NiftiHeaderCodec {

    static final byte[] MAGIC_1 = {'n', '+', '1', 0};
    static final byte[] MAGIC_1_PAIR = {'n', 'i', '1', 0};
    static final byte[] MAGIC_2 = {'n', '+', '2', 0, '\r', '\n', 0x1a, '\n'};
    static final byte[] MAGIC_2_PAIR = {'n', 'i', '2', 0, '\r', '\n', 0x1a, '\n'};

    private static final int DESCRIP_LENGTH = 80;
    private static final int INTENT_NAME_LENGTH = 16;

    private NiftiHeaderCodec() {
    }

    /** The header layout and byte order that a file's first four bytes (sizeof_hdr) announce, or null. */
    static NiftiVersion versionOf(byte[] first4, ByteOrder order) {
        int size = ByteBuffer.wrap(first4, 0, 4).order(order).getInt();
        for (NiftiVersion v : NiftiVersion.values()) {
            if (v.headerSize() == size) {
                return v;
            }
        }
        return null;
    }

    /** The magic bytes as stored (4 for NIfTI-1, 8 for NIfTI-2). */
    static byte[] magicOf(byte[] raw, NiftiVersion version) {
        return version == NiftiVersion.NIFTI_1 ? Arrays.copyOfRange(raw, 344, 348) : Arrays.copyOfRange(raw, 4, 12);
    }

    static NiftiHeader decode(byte[] raw, NiftiVersion version, ByteOrder order) {
        ByteBuffer b = ByteBuffer.wrap(raw).order(order);
        return version == NiftiVersion.NIFTI_1 ? decode1(b, order) : decode2(b, order);
    }

    private static NiftiHeader decode1(ByteBuffer b, ByteOrder order) {
        long[] dims = new long[8];
        for (int n = 0; n < 8; n++) {
            dims[n] = b.getShort(40 + 2 * n);
        }
        double[] pixdim = new double[8];
        for (int n = 0; n < 8; n++) {
            pixdim[n] = b.getFloat(76 + 4 * n);
        }
        double[] srow = new double[12];
        for (int n = 0; n < 12; n++) {
            srow[n] = b.getFloat(280 + 4 * n);
        }
        float voxOffset = b.getFloat(108);
        return new NiftiHeader(NiftiVersion.NIFTI_1, order, dims, b.getShort(70), b.getShort(72), pixdim,
                voxOffsetOf(voxOffset), b.getFloat(112), b.getFloat(116), b.get(123) & 0xff,
                b.getShort(252), b.getShort(254),
                new double[] {b.getFloat(256), b.getFloat(260), b.getFloat(264)},
                new double[] {b.getFloat(268), b.getFloat(272), b.getFloat(276)},
                srow, text(b, 148, DESCRIP_LENGTH), text(b, 328, INTENT_NAME_LENGTH));
    }

    /** NIfTI-1 stores vox_offset as a float; anything not a whole, representable offset becomes -1 (invalid). */
    private static long voxOffsetOf(float stored) {
        if (!Float.isFinite(stored) || stored < 0 || stored > 1e12f || stored != Math.rint(stored)) {
            return -1;
        }
        return (long) stored;
    }

    private static NiftiHeader decode2(ByteBuffer b, ByteOrder order) {
        long[] dims = new long[8];
        for (int n = 0; n < 8; n++) {
            dims[n] = b.getLong(16 + 8 * n);
        }
        double[] pixdim = new double[8];
        for (int n = 0; n < 8; n++) {
            pixdim[n] = b.getDouble(104 + 8 * n);
        }
        double[] srow = new double[12];
        for (int n = 0; n < 12; n++) {
            srow[n] = b.getDouble(400 + 8 * n);
        }
        return new NiftiHeader(NiftiVersion.NIFTI_2, order, dims, b.getShort(12), b.getShort(14), pixdim,
                b.getLong(168), b.getDouble(176), b.getDouble(184), b.getInt(500),
                b.getInt(344), b.getInt(348),
                new double[] {b.getDouble(352), b.getDouble(360), b.getDouble(368)},
                new double[] {b.getDouble(376), b.getDouble(384), b.getDouble(392)},
                srow, text(b, 240, DESCRIP_LENGTH), text(b, 508, INTENT_NAME_LENGTH));
    }

    private static String text(ByteBuffer b, int offset, int length) {
        int end = 0;
        while (end < length && b.get(offset + end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end];
        b.get(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The header followed by four zero extension bytes ("no extensions"); the caller checks value ranges. */
    static byte[] encode(NiftiHeader h) {
        NiftiVersion v = h.version();
        ByteBuffer b = ByteBuffer.allocate(v.minimumVoxelOffset()).order(h.byteOrder());
        b.putInt(0, v.headerSize());
        long[] dims = h.dims();
        double[] pixdim = h.pixdim();
        double[] srow = h.srow();
        double[] q = h.quatern();
        double[] qo = h.qoffset();
        if (v == NiftiVersion.NIFTI_1) {
            b.put(38, (byte) 'r');
            for (int n = 0; n < 8; n++) {
                b.putShort(40 + 2 * n, (short) dims[n]);
                b.putFloat(76 + 4 * n, (float) pixdim[n]);
            }
            b.putShort(70, (short) h.datatypeCode());
            b.putShort(72, (short) h.bitpix());
            b.putFloat(108, h.voxOffset());
            b.putFloat(112, (float) h.sclSlope());
            b.putFloat(116, (float) h.sclInter());
            b.put(123, (byte) h.xyztUnits());
            putText(b, 148, DESCRIP_LENGTH, h.descrip());
            b.putShort(252, (short) h.qformCode());
            b.putShort(254, (short) h.sformCode());
            for (int n = 0; n < 3; n++) {
                b.putFloat(256 + 4 * n, (float) q[n]);
                b.putFloat(268 + 4 * n, (float) qo[n]);
            }
            for (int n = 0; n < 12; n++) {
                b.putFloat(280 + 4 * n, (float) srow[n]);
            }
            putText(b, 328, INTENT_NAME_LENGTH, h.intentName());
            b.put(344, MAGIC_1);
        } else {
            b.put(4, MAGIC_2);
            b.putShort(12, (short) h.datatypeCode());
            b.putShort(14, (short) h.bitpix());
            for (int n = 0; n < 8; n++) {
                b.putLong(16 + 8 * n, dims[n]);
                b.putDouble(104 + 8 * n, pixdim[n]);
            }
            b.putLong(168, h.voxOffset());
            b.putDouble(176, h.sclSlope());
            b.putDouble(184, h.sclInter());
            putText(b, 240, DESCRIP_LENGTH, h.descrip());
            b.putInt(344, h.qformCode());
            b.putInt(348, h.sformCode());
            for (int n = 0; n < 3; n++) {
                b.putDouble(352 + 8 * n, q[n]);
                b.putDouble(376 + 8 * n, qo[n]);
            }
            for (int n = 0; n < 12; n++) {
                b.putDouble(400 + 8 * n, srow[n]);
            }
            b.putInt(500, h.xyztUnits());
            putText(b, 508, INTENT_NAME_LENGTH, h.intentName());
        }
        return b.array();
    }

    private static void putText(ByteBuffer b, int offset, int length, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        // Keep one NUL terminator inside the field.
        b.put(offset, bytes, 0, Math.min(bytes.length, length - 1));
    }
}
