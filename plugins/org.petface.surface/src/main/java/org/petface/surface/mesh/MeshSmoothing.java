package org.petface.surface.mesh;

import java.util.Arrays;
import java.util.Locale;
import org.petface.volume.ops.ParallelRange;

/**
 * Umbrella-operator smoothing of a mesh: each step moves every vertex by a factor of the way to the mean of its
 * neighbours. LAPLACIAN repeats one positive step (as published; it shrinks the surface a little every time);
 * TAUBIN alternates a positive step lambda with a negative step mu (Taubin 1995), which smooths without shrinking.
 *
 * @param method     how to smooth
 * @param iterations number of steps (a Taubin iteration is a lambda and a mu step)
 * @param lambda     the positive step, 0 < lambda < 1
 * @param mu         Taubin's negative step, mu < -lambda
 */
public record MeshSmoothing(Method method, int iterations, double lambda, double mu) {

    public enum Method { NONE, LAPLACIAN, TAUBIN }

    public MeshSmoothing {
        if (method == null) {
            throw new IllegalArgumentException("smoothing needs a method");
        }
        if (iterations < 0 || iterations > 10_000) {
            throw new IllegalArgumentException("smoothing iterations must be in 0..10000, got " + iterations);
        }
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("smoothing lambda must be in (0, 1), got " + lambda);
        }
        if (method == Method.TAUBIN && !(mu < -lambda && mu > -1)) {
            throw new IllegalArgumentException("Taubin mu must be in (-1, -lambda), got " + mu);
        }
    }

    public static MeshSmoothing none() {
        return new MeshSmoothing(Method.NONE, 0, 0.5, -0.53);
    }

    /** Laplacian smoothing as published (lambda 0.5). */
    public static MeshSmoothing laplacian(int iterations) {
        return new MeshSmoothing(Method.LAPLACIAN, iterations, 0.5, -0.53);
    }

    /** Taubin smoothing with lambda 0.5, mu -0.53 (pass band about 0.1). */
    public static MeshSmoothing taubin(int iterations) {
        return new MeshSmoothing(Method.TAUBIN, iterations, 0.5, -0.53);
    }

    public String describe() {
        return method == Method.NONE || iterations == 0 ? "none"
                : String.format(Locale.ROOT, "%s x%d (lambda %.2f%s)", method.name().toLowerCase(Locale.ROOT),
                        iterations, lambda, method == Method.TAUBIN ? String.format(Locale.ROOT, ", mu %.2f", mu) : "");
    }

    /** Smooths the vertices in place. */
    public void apply(float[] vertices, int[] triangles, int threads) {
        if (method == Method.NONE || iterations == 0 || vertices.length == 0) {
            return;
        }
        int[][] adjacency = neighbours(vertices.length / 3, triangles);
        float[] next = new float[vertices.length];
        float[] current = vertices;
        for (int it = 0; it < iterations; it++) {
            step(current, next, adjacency, lambda, threads);
            float[] swap = current;
            current = next;
            next = swap;
            if (method == Method.TAUBIN) {
                step(current, next, adjacency, mu, threads);
                swap = current;
                current = next;
                next = swap;
            }
        }
        if (current != vertices) {
            System.arraycopy(current, 0, vertices, 0, vertices.length);
        }
    }

    private static void step(float[] in, float[] out, int[][] adjacency, double factor, int threads) {
        int[] offsets = adjacency[0];
        int[] list = adjacency[1];
        int n = offsets.length - 1;
        int chunk = 1 << 16;
        // Starting threads costs more than smoothing a small mesh's step.
        ParallelRange.forEach((n + chunk - 1) / chunk, n < 4 * chunk ? 1 : threads, c -> {
            int end = Math.min(n, (c + 1) * chunk);
            for (int v = c * chunk; v < end; v++) {
                int first = offsets[v];
                int last = offsets[v + 1];
                if (first == last) {
                    out[3 * v] = in[3 * v];
                    out[3 * v + 1] = in[3 * v + 1];
                    out[3 * v + 2] = in[3 * v + 2];
                    continue;
                }
                double x = 0;
                double y = 0;
                double z = 0;
                for (int a = first; a < last; a++) {
                    int w = 3 * list[a];
                    x += in[w];
                    y += in[w + 1];
                    z += in[w + 2];
                }
                double inv = 1.0 / (last - first);
                out[3 * v] = (float) (in[3 * v] + factor * (x * inv - in[3 * v]));
                out[3 * v + 1] = (float) (in[3 * v + 1] + factor * (y * inv - in[3 * v + 1]));
                out[3 * v + 2] = (float) (in[3 * v + 2] + factor * (z * inv - in[3 * v + 2]));
            }
        });
    }

    /** Neighbour lists in compressed form: {offsets (vertexCount + 1), neighbour indices}, without repeats. */
    static int[][] neighbours(int vertexCount, int[] triangles) {
        int[] degree = new int[vertexCount + 1];
        for (int t : triangles) {
            degree[t] += 2;
        }
        int[] offsets = new int[vertexCount + 1];
        for (int v = 0; v < vertexCount; v++) {
            offsets[v + 1] = offsets[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(offsets, vertexCount);
        int[] list = new int[offsets[vertexCount]];
        for (int n = 0; n < triangles.length; n += 3) {
            for (int e = 0; e < 3; e++) {
                int a = triangles[n + e];
                int b = triangles[n + (e + 1) % 3];
                list[fill[a]++] = b;
                list[fill[b]++] = a;
            }
        }
        int[] unique = new int[vertexCount + 1];
        int at = 0;
        for (int v = 0; v < vertexCount; v++) {
            int first = offsets[v];
            int last = offsets[v + 1];
            Arrays.sort(list, first, last);
            unique[v] = at;
            for (int a = first; a < last; a++) {
                if (a == first || list[a] != list[a - 1]) {
                    list[at++] = list[a];
                }
            }
        }
        unique[vertexCount] = at;
        return new int[][] {unique, list};
    }
}
