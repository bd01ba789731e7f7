package org.petface.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a one-node ONNX model, Y = A * B^T (Gemm, transB = 1) on float tensors A [m, k] and B [n, k] with
 * symbolic sizes, written as protobuf by hand (field numbers from onnx.proto) so the benchmark needs no model file.
 */
final class OnnxGemmModel {

    private static final int VARINT = 0;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FLOAT = 1;
    private static final int ATTRIBUTE_INT = 2;

    private OnnxGemmModel() {
    }

    static byte[] bytes() {
        byte[] attribute = message(text(1, "transB"), integer(3, 1), integer(20, ATTRIBUTE_INT));
        byte[] node = message(text(1, "A"), text(1, "B"), text(2, "Y"), text(3, "gemm"), text(4, "Gemm"),
                field(5, attribute));
        byte[] graph = message(field(1, node), text(2, "all_pairs_dot"), field(11, tensor("A", "m", "k")),
                field(11, tensor("B", "n", "k")), field(12, tensor("Y", "m", "n")));
        byte[] opset = message(integer(2, 13));
        return message(integer(1, 8), text(2, "petface"), field(7, graph), field(8, opset));
    }

    /** ValueInfoProto: name, TypeProto{tensor_type{elem_type FLOAT, shape{dim{dim_param}...}}}. */
    private static byte[] tensor(String name, String rows, String columns) {
        byte[] shape = message(field(1, text(2, rows)), field(1, text(2, columns)));
        byte[] tensorType = message(integer(1, FLOAT), field(2, shape));
        return message(text(1, name), field(2, field(1, tensorType)));
    }

    private static byte[] message(byte[]... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] f : fields) {
            out.writeBytes(f);
        }
        return out.toByteArray();
    }

    private static byte[] field(int number, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, (long) number << 3 | LENGTH_DELIMITED);
        varint(out, payload.length);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static byte[] text(int number, String value) {
        return field(number, value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] integer(int number, long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, (long) number << 3 | VARINT);
        varint(out, value);
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
