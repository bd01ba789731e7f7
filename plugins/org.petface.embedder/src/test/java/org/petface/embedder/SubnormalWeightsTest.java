package org.petface.embedder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SubnormalWeightsTest {

    private static final float SUBNORMAL = Float.MIN_NORMAL / 4;

    @Test
    void subnormalFloatInitializersBecomeSignedZeroAndOthersStay() {
        byte[] model = model(tensor(1, 9, floats(1f, SUBNORMAL, -Float.MIN_VALUE, Float.MIN_NORMAL, 0f)),
                tensor(11, 9, floats(SUBNORMAL, SUBNORMAL)), tensor(1, 4, floats(-SUBNORMAL, 2f)));
        byte[] before = model.clone();

        assertEquals(3, SubnormalWeights.flushToZero(model));

        byte[] expected = model(tensor(1, 9, floats(1f, 0f, -0f, Float.MIN_NORMAL, 0f)),
                tensor(11, 9, floats(SUBNORMAL, SUBNORMAL)), tensor(1, 4, floats(-0f, 2f)));
        assertArrayEquals(expected, model);
        assertEquals(before.length, model.length);
        assertEquals(0, SubnormalWeights.flushToZero(model));
    }

    @Test
    void aTruncatedModelIsRefused() {
        byte[] model = model(tensor(1, 9, floats(1f, SUBNORMAL)));
        byte[] truncated = Arrays.copyOf(model, model.length - 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SubnormalWeights.flushToZero(truncated));
        assertTrue(e.getMessage().contains("runs past"), e.getMessage());
    }

    @Test
    void frFeatureCarriesSubnormalWeightsAndFrDetectNone() throws Exception {
        ModelFiles models = ModelFiles.standard();
        byte[] feature = Files.readAllBytes(models.verified(ModelFiles.FR_FEATURE));
        assertTrue(SubnormalWeights.flushToZero(feature) > 1000);
        assertEquals(0, SubnormalWeights.flushToZero(feature));
        assertEquals(0, SubnormalWeights.flushToZero(Files.readAllBytes(models.verified(ModelFiles.FR_DETECT))));
    }

    /** ModelProto { ir_version = 7; graph = GraphProto { name = "g"; initializer = each tensor } }. */
    private static byte[] model(byte[]... tensors) {
        ByteArrayOutputStream graph = new ByteArrayOutputStream();
        lengthDelimited(graph, 2, "g".getBytes());
        for (byte[] t : tensors) {
            lengthDelimited(graph, 5, t);
        }
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        varintField(model, 1, 7);
        lengthDelimited(model, 7, graph.toByteArray());
        return model.toByteArray();
    }

    /** TensorProto { dims = count; data_type; name = "w"; dataField = the little-endian floats }. */
    private static byte[] tensor(int dataType, int dataField, byte[] data) {
        ByteArrayOutputStream tensor = new ByteArrayOutputStream();
        varintField(tensor, 1, data.length / 4);
        varintField(tensor, 2, dataType);
        lengthDelimited(tensor, 8, "w".getBytes());
        lengthDelimited(tensor, dataField, data);
        return tensor.toByteArray();
    }

    private static byte[] floats(float... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    private static void varintField(ByteArrayOutputStream out, int field, long value) {
        varint(out, (long) field << 3);
        varint(out, value);
    }

    private static void lengthDelimited(ByteArrayOutputStream out, int field, byte[] payload) {
        varint(out, (long) field << 3 | 2);
        varint(out, payload.length);
        out.writeBytes(payload);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7fL) != 0) {
            out.write((int) (v & 0x7f | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
