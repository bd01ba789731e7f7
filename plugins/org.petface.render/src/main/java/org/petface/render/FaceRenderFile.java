package org.petface.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

import org.petface.core.Status;

/**
 * A whole {@link FaceRender} (status, camera, shaded image, mask and depth in mm) as one compact binary file, so that
 * a stage that needs the depth (the depth descriptor) can run on a stored render; the PNGs of {@link FaceRenderPng}
 * keep only the image and a quantised depth. Reading gives the render back bit for bit.
 *
 * <p>Layout (little-endian): magic {@code PFRENDER}, int32 version, status code byte, uint16 reason length and its
 * UTF-8 bytes; the camera as position, direction, up (3 float64 each), projection byte, field of view and mm per pixel
 * (float64), width and height (int32); a depth layout byte. Then one zlib stream (checksummed) of: the image (width x
 * height bytes, row-major), the mask (one bit per pixel, least significant bit first) and the float32 depth as four
 * byte planes (all least significant bytes first: neighbouring depths share their high bytes, which then compress).
 * The depth holds only the masked pixels in pixel order when every unmasked pixel is the canonical NaN (the
 * renderer's output), else every pixel.
 */
public final class FaceRenderFile {

    /** The version this class writes and reads. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = "PFRENDER".getBytes(StandardCharsets.US_ASCII);

    /** Status reasons are short sentences; a longer one marks a corrupt file. */
    private static final int MAX_REASON_BYTES = 4096;

    private static final int PREFIX_BYTES = MAGIC.length + Integer.BYTES + 1 + Short.BYTES;

    private static final int CAMERA_BYTES = 9 * Double.BYTES + 1 + 2 * Double.BYTES + 2 * Integer.BYTES;

    private static final byte DEPTH_OF_MASKED_PIXELS = 0;

    private static final byte DEPTH_OF_ALL_PIXELS = 1;

    private static final int CANONICAL_NAN_BITS = Float.floatToRawIntBits(Float.NaN);

    private FaceRenderFile() {
    }

    public static void write(FaceRender render, Path file) throws IOException {
        byte[] reason = render.status().reason().getBytes(StandardCharsets.UTF_8);
        if (reason.length > MAX_REASON_BYTES) {
            reason = Arrays.copyOf(reason, MAX_REASON_BYTES);
        }
        boolean[] mask = render.mask();
        float[] depth = render.depthMm();
        boolean maskedOnly = unmaskedDepthIsNaN(mask, depth);
        int depthValues = maskedOnly ? render.surfacePixels() : depth.length;
        ByteBuffer header = ByteBuffer.allocate(PREFIX_BYTES + reason.length + CAMERA_BYTES + 1)
                .order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC).putInt(VERSION).put((byte) render.status().code().ordinal()).putShort((short) reason.length)
                .put(reason);
        putCamera(header, render.camera());
        header.put(maskedOnly ? DEPTH_OF_MASKED_PIXELS : DEPTH_OF_ALL_PIXELS);
        byte[] depthPlanes = new byte[Float.BYTES * depthValues];
        int stored = 0;
        for (int p = 0; p < depth.length; p++) {
            if (!maskedOnly || mask[p]) {
                int bits = Float.floatToRawIntBits(depth[p]);
                for (int k = 0; k < Float.BYTES; k++) {
                    depthPlanes[k * depthValues + stored] = (byte) (bits >>> (8 * k));
                }
                stored++;
            }
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(header.array(), 0, header.position());
            try (DeflaterOutputStream zlib = new DeflaterOutputStream(out)) {
                zlib.write(render.image());
                zlib.write(packBits(mask));
                zlib.write(depthPlanes);
            }
        }
    }

    /**
     * Reads a render that {@link #write} stored. Every size comes from the file and is checked before anything is
     * allocated: image sides at most {@link Camera#MAX_SIDE}, enough compressed bytes left for what the header
     * declares; the stream must then hold exactly the declared bytes, pass its checksum and end with the file.
     *
     * @throws IOException naming the file and what is wrong when it is not such a file, is truncated or corrupt
     */
    public static FaceRender read(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ); Reader reader = new Reader(file, in)) {
            ByteBuffer prefix = reader.next(PREFIX_BYTES, "header");
            byte[] magic = new byte[MAGIC.length];
            prefix.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw reader.bad("not a petface face render file (no PFRENDER magic)");
            }
            int version = prefix.getInt();
            if (version != VERSION) {
                throw reader.bad("face render file version " + version + ", this petface reads version " + VERSION);
            }
            Status.Code code = ordinal(Status.Code.values(), prefix.get(), "status code", reader);
            int reasonLength = Short.toUnsignedInt(prefix.getShort());
            if (reasonLength > MAX_REASON_BYTES) {
                throw reader.bad("status reason of " + reasonLength + " bytes (at most " + MAX_REASON_BYTES + ")");
            }
            String reason = StandardCharsets.UTF_8.decode(reader.next(reasonLength, "status reason")).toString();
            ByteBuffer cameraAndLayout = reader.next(CAMERA_BYTES + 1, "camera");
            Camera camera = readCamera(cameraAndLayout, reader);
            byte layout = cameraAndLayout.get();
            if (layout != DEPTH_OF_MASKED_PIXELS && layout != DEPTH_OF_ALL_PIXELS) {
                throw reader.bad("unknown depth layout " + layout);
            }
            int pixels = camera.width() * camera.height();
            byte[] image = reader.inflate(pixels, "image of " + pixels + " pixels");
            boolean[] mask = unpackBits(reader.inflate((pixels + 7) / 8, "mask"), pixels);
            int surfacePixels = 0;
            for (boolean m : mask) {
                surfacePixels += m ? 1 : 0;
            }
            boolean maskedOnly = layout == DEPTH_OF_MASKED_PIXELS;
            int depthValues = maskedOnly ? surfacePixels : pixels;
            byte[] planes = reader.inflate(Float.BYTES * depthValues, "depth of " + depthValues + " pixels");
            reader.requireEnd();
            float[] depth = new float[pixels];
            int stored = 0;
            for (int p = 0; p < pixels; p++) {
                if (maskedOnly && !mask[p]) {
                    depth[p] = Float.NaN;
                    continue;
                }
                int bits = 0;
                for (int k = 0; k < Float.BYTES; k++) {
                    bits |= (planes[k * depthValues + stored] & 0xff) << (8 * k);
                }
                depth[p] = Float.intBitsToFloat(bits);
                stored++;
            }
            return new FaceRender(new Status(code, reason), camera, image, depth, mask);
        }
    }

    private static boolean unmaskedDepthIsNaN(boolean[] mask, float[] depth) {
        for (int p = 0; p < depth.length; p++) {
            if (!mask[p] && Float.floatToRawIntBits(depth[p]) != CANONICAL_NAN_BITS) {
                return false;
            }
        }
        return true;
    }

    private static void putCamera(ByteBuffer out, Camera camera) {
        for (Vec3 v : new Vec3[] {camera.position(), camera.direction(), camera.up()}) {
            out.putDouble(v.x()).putDouble(v.y()).putDouble(v.z());
        }
        out.put((byte) camera.projection().ordinal()).putDouble(camera.fieldOfViewDegrees())
                .putDouble(camera.mmPerPixel()).putInt(camera.width()).putInt(camera.height());
    }

    private static Camera readCamera(ByteBuffer in, Reader reader) throws IOException {
        Vec3[] v = new Vec3[3];
        try {
            for (int i = 0; i < v.length; i++) {
                v[i] = new Vec3(in.getDouble(), in.getDouble(), in.getDouble());
            }
            Projection projection = ordinal(Projection.values(), in.get(), "projection", reader);
            double fieldOfView = in.getDouble();
            double mmPerPixel = in.getDouble();
            int width = in.getInt();
            int height = in.getInt();
            return new Camera(v[0], v[1], v[2], projection, fieldOfView, mmPerPixel, width, height);
        } catch (IllegalArgumentException e) {
            throw reader.bad("invalid camera: " + e.getMessage());
        }
    }

    private static <E> E ordinal(E[] values, byte stored, String what, Reader reader) throws IOException {
        if (stored < 0 || stored >= values.length) {
            throw reader.bad("unknown " + what + " " + stored);
        }
        return values[stored];
    }

    private static byte[] packBits(boolean[] bits) {
        byte[] packed = new byte[(bits.length + 7) / 8];
        for (int i = 0; i < bits.length; i++) {
            if (bits[i]) {
                packed[i >>> 3] |= (byte) (1 << (i & 7));
            }
        }
        return packed;
    }

    private static boolean[] unpackBits(byte[] packed, int count) {
        boolean[] bits = new boolean[count];
        for (int i = 0; i < count; i++) {
            bits[i] = (packed[i >>> 3] & (1 << (i & 7))) != 0;
        }
        return bits;
    }

    /** Sequential reads of the header and the zlib stream, whose errors name the file and the part that is wrong. */
    private static final class Reader implements AutoCloseable {

        /** DEFLATE expands at most about 1032:1, so fewer compressed bytes than this cannot hold a payload. */
        private static final int MAX_DEFLATE_RATIO = 1032;

        private final Path file;
        private final FileChannel in;
        private final long size;
        private final Inflater inflater = new Inflater();
        private final byte[] input = new byte[1 << 16];

        Reader(Path file, FileChannel in) throws IOException {
            this.file = file;
            this.in = in;
            this.size = in.size();
        }

        /** The next {@code length} header bytes (already bounded by the caller), little-endian. */
        ByteBuffer next(int length, String what) throws IOException {
            if (size - in.position() < length) {
                throw truncated(what);
            }
            ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            while (buffer.hasRemaining()) {
                if (in.read(buffer) < 0) {
                    throw truncated(what);
                }
            }
            return buffer.flip();
        }

        /**
         * The next {@code length} bytes of the zlib stream; refused before allocating when the rest of the file is too
         * short to hold them compressed.
         */
        byte[] inflate(int length, String what) throws IOException {
            long compressed = size - in.position() + inflater.getRemaining();
            if (compressed * MAX_DEFLATE_RATIO < length) {
                throw truncated(what);
            }
            byte[] out = new byte[length];
            int filled = 0;
            try {
                while (filled < length) {
                    int n = inflater.inflate(out, filled, length - filled);
                    filled += n;
                    if (n == 0) {
                        if (inflater.finished() || inflater.needsDictionary()) {
                            throw bad("the compressed data ends inside the " + what + " (" + filled + " of "
                                    + length + " bytes)");
                        }
                        if (inflater.needsInput()) {
                            feed(what);
                        }
                    }
                }
            } catch (DataFormatException e) {
                throw bad("corrupt compressed data in the " + what + ": " + e.getMessage());
            }
            return out;
        }

        /** The zlib stream must end here (checksum included), and the file with it. */
        void requireEnd() throws IOException {
            byte[] probe = new byte[1];
            try {
                while (!inflater.finished()) {
                    if (inflater.inflate(probe) > 0) {
                        throw bad("more data than the header declares after the depth");
                    }
                    if (inflater.needsInput()) {
                        feed("end of the compressed data");
                    }
                }
            } catch (DataFormatException e) {
                throw bad("corrupt compressed data at its end: " + e.getMessage());
            }
            long rest = size - in.position() + inflater.getRemaining();
            if (rest > 0) {
                throw bad(rest + " unexpected bytes after the compressed data");
            }
        }

        private void feed(String what) throws IOException {
            int read = in.read(ByteBuffer.wrap(input));
            if (read <= 0) {
                throw truncated(what);
            }
            inflater.setInput(input, 0, read);
        }

        IOException truncated(String what) {
            return bad("truncated: the " + what + " ends past the end of the file (" + size + " bytes)");
        }

        IOException bad(String reason) {
            return new IOException(file + ": " + reason);
        }

        @Override
        public void close() {
            inflater.end();
        }
    }
}
