package org.petface.surface.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.petface.core.Mesh;
import org.petface.surface.mesh.VertexNormals;

/** Writes a {@link Mesh} (patient coordinates, mm) as PLY, STL or OBJ. */
public final class MeshWriter {

    private MeshWriter() {
    }

    /** Writes in the format the file's extension names. */
    public static void write(Mesh mesh, Path file) throws IOException {
        write(mesh, file, MeshFormat.of(file));
    }

    public static void write(Mesh mesh, Path file, MeshFormat format) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            switch (format) {
                case PLY -> writePly(mesh, out);
                case STL -> writeStl(mesh, out);
                case OBJ -> writeObj(mesh, out);
                default -> throw new IllegalStateException("unhandled format " + format);
            }
        }
    }

    private static void writePly(Mesh mesh, OutputStream out) throws IOException {
        String header = "ply\nformat binary_little_endian 1.0\ncomment petface skin surface, LPS mm\n"
                + "element vertex " + mesh.vertexCount() + "\n"
                + "property float x\nproperty float y\nproperty float z\n"
                + "property float nx\nproperty float ny\nproperty float nz\n"
                + "element face " + mesh.triangleCount() + "\n"
                + "property list uchar int vertex_indices\nend_header\n";
        out.write(header.getBytes(StandardCharsets.US_ASCII));
        float[] v = mesh.vertices();
        float[] n = mesh.normals();
        ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int p = 0; p < v.length; p += 3) {
            if (b.remaining() < 24) {
                flush(b, out);
            }
            b.putFloat(v[p]).putFloat(v[p + 1]).putFloat(v[p + 2]).putFloat(n[p]).putFloat(n[p + 1])
                    .putFloat(n[p + 2]);
        }
        int[] t = mesh.triangles();
        for (int q = 0; q < t.length; q += 3) {
            if (b.remaining() < 13) {
                flush(b, out);
            }
            b.put((byte) 3).putInt(t[q]).putInt(t[q + 1]).putInt(t[q + 2]);
        }
        flush(b, out);
    }

    private static void writeStl(Mesh mesh, OutputStream out) throws IOException {
        byte[] header = new byte[80];
        byte[] text = "petface skin surface, LPS mm".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, header, 0, text.length);
        out.write(header);
        ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(mesh.triangleCount());
        float[] v = mesh.vertices();
        int[] t = mesh.triangles();
        double[] normal = new double[3];
        for (int q = 0; q < t.length; q += 3) {
            if (b.remaining() < 50) {
                flush(b, out);
            }
            VertexNormals.faceNormal(v, 3 * t[q], 3 * t[q + 1], 3 * t[q + 2], normal);
            double len = Math.sqrt(normal[0] * normal[0] + normal[1] * normal[1] + normal[2] * normal[2]);
            double s = len > 0 ? 1 / len : 0;
            b.putFloat((float) (normal[0] * s)).putFloat((float) (normal[1] * s)).putFloat((float) (normal[2] * s));
            for (int corner = q; corner < q + 3; corner++) {
                int p = 3 * t[corner];
                b.putFloat(v[p]).putFloat(v[p + 1]).putFloat(v[p + 2]);
            }
            b.putShort((short) 0);
        }
        flush(b, out);
    }

    private static void writeObj(Mesh mesh, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.US_ASCII), 1 << 16);
        w.write("# petface skin surface, LPS mm\n");
        float[] v = mesh.vertices();
        float[] n = mesh.normals();
        StringBuilder line = new StringBuilder(64);
        for (int p = 0; p < v.length; p += 3) {
            line.setLength(0);
            line.append("v ").append(v[p]).append(' ').append(v[p + 1]).append(' ').append(v[p + 2]).append('\n');
            w.append(line);
        }
        for (int p = 0; p < n.length; p += 3) {
            line.setLength(0);
            line.append("vn ").append(n[p]).append(' ').append(n[p + 1]).append(' ').append(n[p + 2]).append('\n');
            w.append(line);
        }
        int[] t = mesh.triangles();
        for (int q = 0; q < t.length; q += 3) {
            line.setLength(0);
            line.append('f');
            for (int e = 0; e < 3; e++) {
                int id = t[q + e] + 1;
                line.append(' ').append(id).append("//").append(id);
            }
            w.append(line.append('\n'));
        }
        w.flush();
    }

    private static void flush(ByteBuffer b, OutputStream out) throws IOException {
        out.write(b.array(), 0, b.position());
        b.clear();
    }
}
