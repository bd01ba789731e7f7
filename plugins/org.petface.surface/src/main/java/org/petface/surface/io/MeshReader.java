package org.petface.surface.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.petface.core.Mesh;
import org.petface.surface.arrays.FloatArrayList;
import org.petface.surface.arrays.IntArrayList;
import org.petface.surface.mesh.VertexNormals;

/**
 * Reads meshes: binary little-endian PLY with float x, y, z (optional float nx, ny, nz, other vertex properties
 * skipped) and triangle lists; binary STL (coincident corners merged); OBJ with triangles or polygons (fanned).
 * Normals are computed when the file has none. Counts are checked against the file size before allocating.
 */
public final class MeshReader {

    private MeshReader() {
    }

    public static Mesh read(Path file) throws IOException {
        try {
            return switch (MeshFormat.of(file)) {
                case PLY -> readPly(file);
                case STL -> readStl(file);
                case OBJ -> readObj(file);
            };
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a readable mesh (" + e.getMessage() + ")", e);
        }
    }

    private static Mesh readPly(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int end = indexOf(all, "end_header\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            throw new IOException(file + ": PLY without end_header");
        }
        String[] header = new String(all, 0, end, StandardCharsets.US_ASCII).split("\n");
        if (!header[0].trim().equals("ply") || !header[1].trim().equals("format binary_little_endian 1.0")) {
            throw new IOException(file + ": only binary little-endian PLY is supported");
        }
        long vertices = -1;
        long faces = -1;
        String element = "";
        int vertexBytes = 0;
        Map<String, Integer> offsets = new HashMap<>();
        for (String raw : header) {
            String[] w = raw.trim().split("\\s+");
            if (w[0].equals("element")) {
                element = w[1];
                if (element.equals("vertex")) {
                    vertices = Long.parseLong(w[2]);
                } else if (element.equals("face")) {
                    faces = Long.parseLong(w[2]);
                } else {
                    throw new IOException(file + ": unsupported PLY element " + element);
                }
            } else if (w[0].equals("property") && element.equals("vertex")) {
                if (w[1].equals("list")) {
                    throw new IOException(file + ": list property on PLY vertices");
                }
                offsets.put(w[w.length - 1], vertexBytes);
                vertexBytes += size(w[1]);
                if (!w[1].equals("float") && !w[1].equals("float32") && "xyznxnynz".contains(w[w.length - 1])) {
                    throw new IOException(file + ": PLY vertex coordinates must be float");
                }
            } else if (w[0].equals("property") && element.equals("face")
                    && !(w.length == 5 && w[1].equals("list") && (w[2].equals("uchar") || w[2].equals("uint8"))
                    && (w[3].equals("int") || w[3].equals("int32") || w[3].equals("uint") || w[3].equals("uint32")))) {
                throw new IOException(file + ": PLY faces must be 'list uchar int'");
            }
        }
        if (vertices < 0 || faces < 0 || !offsets.containsKey("x") || !offsets.containsKey("y")
                || !offsets.containsKey("z")) {
            throw new IOException(file + ": PLY needs vertex x, y, z and a face element");
        }
        int body = end + "end_header\n".length();
        if (vertices * vertexBytes + faces * 13 > all.length - body) {
            throw new IOException(file + ": PLY counts exceed the file size");
        }
        ByteBuffer b = ByteBuffer.wrap(all, body, all.length - body).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[(int) (3 * vertices)];
        boolean hasNormals = offsets.containsKey("nx") && offsets.containsKey("ny") && offsets.containsKey("nz");
        float[] n = new float[v.length];
        String[] names = {"x", "y", "z", "nx", "ny", "nz"};
        for (int p = 0; p < vertices; p++) {
            int base = b.position();
            for (int a = 0; a < 3; a++) {
                v[3 * p + a] = b.getFloat(base + offsets.get(names[a]));
                if (hasNormals) {
                    n[3 * p + a] = b.getFloat(base + offsets.get(names[a + 3]));
                }
            }
            b.position(base + vertexBytes);
        }
        IntArrayList t = new IntArrayList((int) Math.min(3 * faces, 1 << 24));
        for (long f = 0; f < faces; f++) {
            int count = b.get() & 0xff;
            if (count < 3 || b.remaining() < 4 * count) {
                throw new IOException(file + ": PLY face " + f + " has " + count + " vertices or is truncated");
            }
            int first = b.getInt();
            int previous = b.getInt();
            for (int c = 2; c < count; c++) {
                int next = b.getInt();
                t.add(first, previous, next);
                previous = next;
            }
        }
        int[] triangles = t.toArray();
        return new Mesh(v, triangles, hasNormals ? n : VertexNormals.of(v, triangles));
    }

    private static Mesh readStl(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length < 84) {
            throw new IOException(file + ": too short for binary STL");
        }
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        long count = b.getInt(80) & 0xffffffffL;
        if (84 + 50 * count != all.length) {
            throw new IOException(file + ": binary STL with " + count + " triangles needs " + (84 + 50 * count)
                    + " bytes, file has " + all.length + " (ASCII STL is not supported)");
        }
        Map<Corner, Integer> index = new HashMap<>();
        FloatArrayList v = new FloatArrayList((int) (3 * count));
        int[] t = new int[(int) (3 * count)];
        b.position(84);
        for (int q = 0; q < count; q++) {
            b.position(b.position() + 12);
            for (int c = 0; c < 3; c++) {
                Corner k = new Corner(b.getFloat(), b.getFloat(), b.getFloat());
                Integer id = index.get(k);
                if (id == null) {
                    id = v.size() / 3;
                    index.put(k, id);
                    v.add(k.x(), k.y(), k.z());
                }
                t[3 * q + c] = id;
            }
            b.getShort();
        }
        float[] vertices = v.toArray();
        return new Mesh(vertices, t, VertexNormals.of(vertices, t));
    }

    private record Corner(float x, float y, float z) {
    }

    private static Mesh readObj(Path file) throws IOException {
        FloatArrayList v = new FloatArrayList(1 << 12);
        IntArrayList t = new IntArrayList(1 << 12);
        try (InputStream in = Files.newInputStream(file);
             BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            int lineNo = 0;
            int[] face = new int[64];
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] w = line.trim().split("\\s+");
                if (w[0].equals("v")) {
                    v.add(Float.parseFloat(w[1]), Float.parseFloat(w[2]), Float.parseFloat(w[3]));
                } else if (w[0].equals("f")) {
                    int n = w.length - 1;
                    if (n < 3 || n > face.length) {
                        throw new IOException(file + ":" + lineNo + ": face with " + n + " vertices");
                    }
                    for (int c = 0; c < n; c++) {
                        int id = Integer.parseInt(w[c + 1].split("/")[0]);
                        face[c] = id > 0 ? id - 1 : v.size() / 3 + id;
                    }
                    for (int c = 1; c + 1 < n; c++) {
                        t.add(face[0], face[c], face[c + 1]);
                    }
                }
            }
        }
        float[] vertices = v.toArray();
        int[] triangles = t.toArray();
        return new Mesh(vertices, triangles, VertexNormals.of(vertices, triangles));
    }

    private static int size(String type) throws IOException {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "char", "uchar", "int8", "uint8" -> 1;
            case "short", "ushort", "int16", "uint16" -> 2;
            case "int", "uint", "float", "int32", "uint32", "float32" -> 4;
            case "double", "float64" -> 8;
            default -> throw new IOException("unknown PLY type " + type);
        };
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        int limit = Math.min(data.length, 1 << 16) - pattern.length;
        for (int n = 0; n <= limit; n++) {
            int m = 0;
            while (m < pattern.length && data[n + m] == pattern[m]) {
                m++;
            }
            if (m == pattern.length) {
                return n;
            }
        }
        return -1;
    }
}
