package org.petface.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Status;

class FaceRenderFileTest {

    /** Where the width sits in a file whose status reason is empty: prefix 15 bytes, camera vectors etc. 89. */
    private static final int WIDTH_OFFSET = 15 + 89;

    @TempDir
    Path folder;

    private static FaceRender sphereRender(Camera camera) {
        return new FaceRenderer(RenderOptions.defaults().withCamera(camera)).apply(Shapes.sphere(10, 20, 30, 40, 64));
    }

    /** A sphere seen from the front by a square orthographic camera of {@code size} pixels of 0.5 mm. */
    private static FaceRender frontalSphere(int size) {
        return sphereRender(Camera.orthographic(new Vec3(10, -300, 30), new Vec3(0, 1, 0), new Vec3(0, 0, 1), 0.5,
                size, size));
    }

    private static void assertSameRender(FaceRender expected, FaceRender actual) {
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.camera(), actual.camera(), "every camera field, bit for bit");
        assertArrayEquals(expected.image(), actual.image());
        assertArrayEquals(expected.mask(), actual.mask());
        int[] expectedBits = new int[expected.depthMm().length];
        int[] actualBits = new int[expectedBits.length];
        for (int p = 0; p < expectedBits.length; p++) {
            expectedBits[p] = Float.floatToRawIntBits(expected.depthMm()[p]);
            actualBits[p] = Float.floatToRawIntBits(actual.depthMm()[p]);
        }
        assertArrayEquals(expectedBits, actualBits, "depth bits, NaN where there is no surface");
    }

    @Test
    void renderedSpheresRoundTripExactly() throws IOException {
        Camera orthographic = Camera.orthographic(new Vec3(0.1, -300.3, 0.7), new Vec3(0.01, 1, -0.02),
                new Vec3(0, 0.1, 1), 0.37, 97, 61);
        Camera perspective = Camera.perspective(new Vec3(30, -250, 50), new Vec3(-20, 270, -20), new Vec3(0, 0, 1),
                30, 120, 90);
        for (Camera camera : new Camera[] {orthographic, perspective}) {
            FaceRender render = sphereRender(camera);
            assertTrue(render.status().isOk() && render.surfacePixels() > 100, render.status().reason());
            assertTrue(render.surfacePixels() < render.width() * render.height(), "some pixels show no surface");
            Path file = folder.resolve("render.pfr");
            FaceRenderFile.write(render, file);
            assertSameRender(render, FaceRenderFile.read(file));
        }
    }

    @Test
    void aStatusReasonNonCanonicalNaNsAndDepthOutsideTheMaskRoundTripExactly() throws IOException {
        Camera camera = Camera.orthographic(new Vec3(0, -300, 0), new Vec3(0, 1, 0), new Vec3(0, 0, 1), 0.5, 5, 3);
        byte[] image = {0, 1, 2, (byte) 255, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, (byte) 128};
        float[] depth = new float[15];
        boolean[] mask = new boolean[15];
        for (int p = 0; p < depth.length; p++) {
            mask[p] = p % 3 != 0;
            depth[p] = mask[p] ? 280 + p / 7f : Float.NaN;
        }
        depth[4] = Float.intBitsToFloat(0x7fc00123);
        FaceRender warned = new FaceRender(Status.warning("nose cut off — ünïcode"), camera, image, depth, mask);
        Path file = folder.resolve("warned.pfr");
        FaceRenderFile.write(warned, file);
        assertSameRender(warned, FaceRenderFile.read(file));

        float[] odd = depth.clone();
        odd[0] = 12.5f;
        odd[3] = Float.intBitsToFloat(0x7fa00001);
        FaceRender unmaskedDepth = new FaceRender(Status.ok(), camera, image, odd, mask);
        FaceRenderFile.write(unmaskedDepth, file);
        assertSameRender(unmaskedDepth, FaceRenderFile.read(file));
    }

    @Test
    void theFileIsLessThanHalfTheRawPixelsAndDepthOfItsSurface() throws IOException {
        FaceRender render = frontalSphere(200);
        Path file = folder.resolve("sphere.pfr");
        FaceRenderFile.write(render, file);
        int pixels = 200 * 200;
        long raw = pixels + pixels / 8 + 4L * render.surfacePixels();
        assertTrue(Files.size(file) < raw / 2, Files.size(file) + " bytes for " + raw + " bytes of pixels and depth");
    }

    @Test
    void aTruncatedOrCorruptFileIsRefusedNamingTheFileAndThePart() throws IOException {
        Path file = folder.resolve("cut.pfr");
        FaceRenderFile.write(frontalSphere(64), file);
        byte[] whole = Files.readAllBytes(file);
        for (int length : new int[] {0, 10, WIDTH_OFFSET + 3, WIDTH_OFFSET + 9 + 100, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, length));
            IOException e = assertThrows(IOException.class, () -> FaceRenderFile.read(file), "length " + length);
            assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("truncated"),
                    e.getMessage());
        }
        Files.write(file, Arrays.copyOf(whole, whole.length + 4));
        IOException e = assertThrows(IOException.class, () -> FaceRenderFile.read(file));
        assertTrue(e.getMessage().contains("4 unexpected bytes after the compressed data"), e.getMessage());

        byte[] corrupt = whole.clone();
        corrupt[whole.length - 40] ^= 0x5a;
        Files.write(file, corrupt);
        e = assertThrows(IOException.class, () -> FaceRenderFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    }

    @Test
    void aFileOfAnotherKindOrVersionIsRefused() throws IOException {
        Path file = folder.resolve("other.pfr");
        Files.write(file, "\u0089PNG\r\n\u001a\n and some more bytes of an image".getBytes("ISO-8859-1"));
        IOException e = assertThrows(IOException.class, () -> FaceRenderFile.read(file));
        assertEquals(file + ": not a petface face render file (no PFRENDER magic)", e.getMessage());

        FaceRenderFile.write(frontalSphere(16), file);
        patchInt(file, 8, 99);
        e = assertThrows(IOException.class, () -> FaceRenderFile.read(file));
        assertTrue(e.getMessage().contains("version 99"), e.getMessage());
    }

    @Test
    void absurdSizesAreRefusedBeforeAnythingIsAllocated() throws IOException {
        Path file = folder.resolve("absurd.pfr");
        FaceRenderFile.write(frontalSphere(16), file);
        byte[] original = Files.readAllBytes(file);

        patchInt(file, WIDTH_OFFSET, Integer.MAX_VALUE);
        IOException e = assertThrows(IOException.class, () -> FaceRenderFile.read(file));
        assertTrue(e.getMessage().contains("invalid camera")
                && e.getMessage().contains(String.valueOf(Camera.MAX_SIDE)),
                e.getMessage());

        Files.write(file, original);
        patchInt(file, WIDTH_OFFSET, -5);
        e = assertThrows(IOException.class, () -> FaceRenderFile.read(file));
        assertTrue(e.getMessage().contains("invalid camera"), e.getMessage());

        // the largest sides a camera allows, in a file of a few hundred bytes: refused as truncated, not allocated
        Files.write(file, original);
        patchInt(file, WIDTH_OFFSET, Camera.MAX_SIDE);
        patchInt(file, WIDTH_OFFSET + 4, Camera.MAX_SIDE);
        e = assertThrows(IOException.class, () -> FaceRenderFile.read(file));
        assertTrue(e.getMessage().contains("truncated: the image of " + Camera.MAX_SIDE * Camera.MAX_SIDE + " pixels"),
                e.getMessage());

        Files.write(file, original);
        ByteBuffer reasonLength = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 0xffff);
        patch(file, 13, reasonLength.array());
        e = assertThrows(IOException.class, () -> FaceRenderFile.read(file));
        assertTrue(e.getMessage().contains("status reason of 65535 bytes"), e.getMessage());

        Files.write(file, original);
        patch(file, 12, new byte[] {7});
        e = assertThrows(IOException.class, () -> FaceRenderFile.read(file));
        assertTrue(e.getMessage().contains("unknown status code 7"), e.getMessage());
    }

    private static void patchInt(Path file, int offset, int value) throws IOException {
        patch(file, offset, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
    }

    private static void patch(Path file, int offset, byte[] bytes) throws IOException {
        byte[] content = Files.readAllBytes(file);
        System.arraycopy(bytes, 0, content, offset, bytes.length);
        Files.write(file, content);
    }
}
