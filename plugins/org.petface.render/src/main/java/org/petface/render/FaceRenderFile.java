package org.petface.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.petface.core.Status;

/**
 * A whole {@link FaceRender} (status, camera, shaded image, mask and depth in mm) as one compact little-endian binary
 * file, so that a stage that needs the depth (the depth descriptor) can run on a stored render; the PNGs of
 * {@link FaceRenderPng} keep only the image and a quantised depth.
 *
 * <p>Layout: magic {@code PFRENDER}, int32 version, status code byte, uint16 reason length and its UTF-8 bytes; the
 * camera as position, direction, up (3 float64 each), projection byte, field of view and mm per pixel (float64),
 * width and height (int32); a depth layout byte; the image (width x height bytes, row-major), the mask (one bit per
 * pixel, least significant bit first); then the depth as float32: only the masked pixels in pixel order when every
 * unmasked pixel holds the canonical NaN (the renderer's output), else every pixel. Reading is exact, bit for bit.
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
        ByteBuffer depthBytes = ByteBuffer.allocate(Float.BYTES * depthValues).order(ByteOrder.LITTLE_ENDIAN);
        for (int p = 0; p < depth.length; p++) {
            if (!maskedOnly || mask[p]) {
                depthBytes.putInt(Float.floatToRawIntBits(depth[p]));
            }
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(out, header.flip());
            writeFully(out, ByteBuffer.wrap(render.image()));
            writeFully(out, ByteBuffer.wrap(packBits(mask)));
            writeFully(out, depthBytes.flip());
        }
    }

    /**
     * Reads a render that {@link #write} stored. Every size comes from the file and is checked (image sides at most
     * {@link Camera#MAX_SIDE}, the file exactly as long as its header says) before anything is allocated.
     *
     * @throws IOException naming the file and what is wrong when it is not such a file, is truncated or corrupt
     */
    public static FaceRender read(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            Reader reader = new Reader(file, in);
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
            int maskBytes = (pixels + 7) / 8;
            reader.requireAtLeast((long) pixels + maskBytes, "image and mask of " + pixels + " pixels");
            byte[] image = new byte[pixels];
            reader.next(pixels, "image").get(image);
            boolean[] mask = unpackBits(reader.next(maskBytes, "mask"), pixels);
            int surfacePixels = 0;
            for (boolean m : mask) {
                surfacePixels += m ? 1 : 0;
            }
            boolean maskedOnly = layout == DEPTH_OF_MASKED_PIXELS;
            int depthValues = maskedOnly ? surfacePixels : pixels;
            reader.requireExactly((long) Float.BYTES * depthValues, "depth of " + depthValues + " pixels");
            ByteBuffer depthBytes = reader.next(Float.BYTES * depthValues, "depth");
            float[] depth = new float[pixels];
            for (int p = 0; p < pixels; p++) {
                depth[p] = !maskedOnly || mask[p] ? Float.intBitsToFloat(depthBytes.getInt()) : Float.NaN;
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

    private static boolean[] unpackBits(ByteBuffer packed, int count) {
        boolean[] bits = new boolean[count];
        for (int i = 0; i < count; i++) {
            bits[i] = (packed.get(i >>> 3) & (1 << (i & 7))) != 0;
        }
        return bits;
    }

    private static void writeFully(FileChannel out, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    /** Sequential reads that name the file and the part that is missing. */
    private static final class Reader {

        private final Path file;
        private final FileChannel in;
        private final long size;

        Reader(Path file, FileChannel in) throws IOException {
            this.file = file;
            this.in = in;
            this.size = in.size();
        }

        /** The next {@code length} bytes (already bounded by the caller), little-endian. */
        ByteBuffer next(int length, String what) throws IOException {
            requireAtLeast(length, what);
            ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            while (buffer.hasRemaining()) {
                if (in.read(buffer) < 0) {
                    throw truncated(what);
                }
            }
            return buffer.flip();
        }

        void requireAtLeast(long length, String what) throws IOException {
            if (size - in.position() < length) {
                throw truncated(what);
            }
        }

        /** The rest of the file must be exactly {@code length} bytes. */
        void requireExactly(long length, String what) throws IOException {
            long rest = size - in.position();
            if (rest < length) {
                throw truncated(what);
            }
            if (rest > length) {
                throw bad((rest - length) + " unexpected bytes after the " + what);
            }
        }

        IOException truncated(String what) {
            return bad("truncated: the " + what + " ends past the end of the file (" + size + " bytes)");
        }

        IOException bad(String reason) {
            return new IOException(file + ": " + reason);
        }
    }
}
