package org.petface.surface.mesh;

import java.util.Arrays;

/**
 * The triangles of every marching-cubes case, generated rather than typed in. A case is the set of inside corners
 * (8 bits, corner c at (c & 1, c >> 1 & 1, c >> 2 & 1)) plus, for each face whose inside corners are diagonal
 * (ambiguous), whether they connect across the face. On each face the iso-line runs from the crossing where the
 * boundary (counter-clockwise seen from outside the cube) enters the inside to the crossing where it leaves;
 * chaining these segments around the cube gives closed loops, fanned into triangles. A loop that crosses an
 * ambiguous face twice is fanned around an extra vertex at its centre instead, because a fan diagonal between two
 * crossings of one face would also be an edge of the neighbouring cube. Because a face's segments
 * depend only on that face's four corners, the two cubes sharing a face agree on them, so the surface is
 * watertight and every edge has exactly two triangles; the winding makes normals point from inside to outside.
 */
final class CubeCases {

    /** Corner pairs of the 12 cube edges: axis a edges are 4a..4a+3. */
    static final int[][] EDGE_CORNERS = new int[12][];
    /** Corners of each face, counter-clockwise seen from outside: -x, +x, -y, +y, -z, +z. */
    static final int[][] FACE_CORNERS = {
        {0, 4, 6, 2}, {1, 3, 7, 5}, {0, 1, 5, 4}, {2, 6, 7, 3}, {0, 2, 3, 1}, {4, 5, 7, 6}};

    /** Vertex id of the centre of a case's first centre loop; the second (if any) is CENTRE + 1. */
    static final int CENTRE = 12;

    /** Triangles (edge ids) of case (config * 64 + faceBits) are TRIANGLE_EDGES[START[case] .. START[case + 1]). */
    private static final int[] START = new int[256 * 64 + 1];
    private static final byte[] TRIANGLE_EDGES;
    /** Centre loops of a case, CENTRE_LOOPS[CENTRE_START[case] ..] as (length, edge ids...) records. */
    private static final int[] CENTRE_START = new int[256 * 64 + 1];
    private static final byte[] CENTRE_LOOPS;
    /** The faces of each config whose inside corners are diagonal, as a 6-bit mask. */
    private static final byte[] AMBIGUOUS_FACES = new byte[256];

    static {
        int e = 0;
        for (int axis = 0; axis < 3; axis++) {
            for (int c = 0; c < 8; c++) {
                if ((c >> axis & 1) == 0) {
                    EDGE_CORNERS[e++] = new int[] {c, c | 1 << axis};
                }
            }
        }
        byte[] all = new byte[256 * 64 * 16 * 3];
        byte[] centres = new byte[256 * 64 * 16];
        int n = 0;
        int c = 0;
        for (int config = 0; config < 256; config++) {
            AMBIGUOUS_FACES[config] = (byte) ambiguousFaces(config);
            for (int faceBits = 0; faceBits < 64; faceBits++) {
                START[config * 64 + faceBits] = n;
                CENTRE_START[config * 64 + faceBits] = c;
                Case k = triangles(config, faceBits);
                for (int edge : k.triangles()) {
                    all[n++] = (byte) edge;
                }
                for (int v : k.centreLoops()) {
                    centres[c++] = (byte) v;
                }
            }
        }
        START[256 * 64] = n;
        CENTRE_START[256 * 64] = c;
        TRIANGLE_EDGES = Arrays.copyOf(all, n);
        CENTRE_LOOPS = Arrays.copyOf(centres, c);
    }

    private CubeCases() {
    }

    static int ambiguous(int config) {
        return AMBIGUOUS_FACES[config];
    }

    static int start(int caseIndex) {
        return START[caseIndex];
    }

    static int edge(int at) {
        return TRIANGLE_EDGES[at];
    }

    static int centreStart(int caseIndex) {
        return CENTRE_START[caseIndex];
    }

    static int centreData(int at) {
        return CENTRE_LOOPS[at];
    }

    private record Case(int[] triangles, int[] centreLoops) {
    }

    static int edgeBetween(int a, int b) {
        for (int e = 0; e < 12; e++) {
            int[] c = EDGE_CORNERS[e];
            if ((c[0] == a && c[1] == b) || (c[0] == b && c[1] == a)) {
                return e;
            }
        }
        throw new IllegalArgumentException("corners " + a + " and " + b + " share no edge");
    }

    private static int ambiguousFaces(int config) {
        int mask = 0;
        for (int f = 0; f < 6; f++) {
            int[] p = FACE_CORNERS[f];
            boolean a = inside(config, p[0]);
            if (a == inside(config, p[2]) && a != inside(config, p[1]) && a != inside(config, p[3])) {
                mask |= 1 << f;
            }
        }
        return mask;
    }

    private static boolean inside(int config, int corner) {
        return (config >> corner & 1) != 0;
    }

    /** Edge ids (or centre ids), three per triangle, and the loops that need a centre vertex. */
    private static Case triangles(int config, int faceBits) {
        int[] next = new int[12];
        Arrays.fill(next, -1);
        for (int f = 0; f < 6; f++) {
            int[] p = FACE_CORNERS[f];
            int[] starts = new int[2];
            int[] ends = new int[2];
            int[] startSide = new int[2];
            int ns = 0;
            int ne = 0;
            int[] endSide = new int[2];
            for (int m = 0; m < 4; m++) {
                boolean here = inside(config, p[m]);
                boolean there = inside(config, p[(m + 1) % 4]);
                if (!here && there) {
                    startSide[ns] = m;
                    starts[ns++] = edgeBetween(p[m], p[(m + 1) % 4]);
                } else if (here && !there) {
                    endSide[ne] = m;
                    ends[ne++] = edgeBetween(p[m], p[(m + 1) % 4]);
                }
            }
            if (ns == 1) {
                next[starts[0]] = ends[0];
            } else if (ns == 2) {
                boolean connected = (faceBits >> f & 1) != 0;
                for (int s = 0; s < 2; s++) {
                    // Separated insides: a start pairs with the end on the following side; connected: the preceding.
                    int wanted = (startSide[s] + (connected ? 3 : 1)) % 4;
                    next[starts[s]] = ends[endSide[0] == wanted ? 0 : 1];
                }
            }
        }
        int[] out = new int[72];
        int[] centreLoops = new int[26];
        int n = 0;
        int c = 0;
        int centres = 0;
        boolean[] used = new boolean[12];
        int[] loop = new int[12];
        for (int first = 0; first < 12; first++) {
            if (next[first] < 0 || used[first]) {
                continue;
            }
            int len = 0;
            for (int e = first; !used[e]; e = next[e]) {
                used[e] = true;
                loop[len++] = e;
            }
            if (crossesAFaceTwice(loop, len)) {
                int centre = CENTRE + centres++;
                centreLoops[c++] = len;
                for (int t = 0; t < len; t++) {
                    centreLoops[c++] = loop[t];
                    out[n++] = centre;
                    out[n++] = loop[t];
                    out[n++] = loop[(t + 1) % len];
                }
            } else {
                for (int t = 1; t + 1 < len; t++) {
                    out[n++] = loop[0];
                    out[n++] = loop[t];
                    out[n++] = loop[t + 1];
                }
            }
        }
        return new Case(Arrays.copyOf(out, n), Arrays.copyOf(centreLoops, c));
    }

    /** Whether two loop vertices that are not neighbours in the loop lie on one face of the cube. */
    private static boolean crossesAFaceTwice(int[] loop, int len) {
        for (int a = 0; a < len; a++) {
            for (int b = a + 2; b < len; b++) {
                if ((b + 1) % len != a && shareFace(loop[a], loop[b])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shareFace(int e1, int e2) {
        for (int[] face : FACE_CORNERS) {
            if (onFace(face, e1) && onFace(face, e2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onFace(int[] face, int edge) {
        int found = 0;
        for (int corner : face) {
            if (corner == EDGE_CORNERS[edge][0] || corner == EDGE_CORNERS[edge][1]) {
                found++;
            }
        }
        return found == 2;
    }
}
