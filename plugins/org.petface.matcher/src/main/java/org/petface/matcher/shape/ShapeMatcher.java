package org.petface.matcher.shape;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.petface.core.Mesh;
import org.petface.core.Status;
import org.petface.matcher.Parallel;
import org.petface.matcher.SimilarityMatrix;
import org.petface.matcher.SimilarityTransform;

/**
 * A matcher that needs no face model: the probe's face region is registered rigidly onto each gallery face region
 * by trimmed point-to-plane ICP (closest gallery points from a k-d tree; the {@code keepFraction} of pairs closest
 * along the gallery normal enter a linearised least-squares step; starting from the region centroids), and the pair
 * scores minus the RMS point-to-plane residual (mm). Point-to-plane because point-to-point distances to a sampled
 * surface have a floor of about a third of the sample spacing, which drowns shape differences, and because
 * point-to-point ICP crawls along directions in which the face slides over itself.
 * Deterministic: no random sampling, and each pair is computed alone.
 */
public final class ShapeMatcher {

    private static final double CONVERGED_MM = 1e-4;

    private ShapeMatcher() {
    }

    /** Called after each probe row of the matrix; throwing stops the matching (e.g. on cancel). */
    @FunctionalInterface
    public interface ProbeListener<E extends Exception> {

        /** @param probesDone probes scored so far (calls are serialised, so it only grows) */
        void probeDone(int probesDone, int probeCount) throws E;
    }

    /** Scores every probe mesh against every gallery mesh; throws if a mesh has no usable face region. */
    public static SimilarityMatrix apply(List<Mesh> probes, List<Mesh> gallery, ShapeMatchOptions options) {
        List<PreparedFace> probeFaces = probes.stream().map(m -> prepareProbe(m, options)).toList();
        List<PreparedFace> galleryFaces = gallery.stream().map(m -> prepareGallery(m, options)).toList();
        return match(probeFaces, galleryFaces, options, (done, count) -> { });
    }

    /** The probe's face region at the probe spacing, or why it has none. */
    public static PreparedFace prepareProbe(Mesh mesh, ShapeMatchOptions options) {
        return prepare(mesh, options, options.probeSpacingMm());
    }

    /** The gallery item's face region at the (finer) gallery spacing, or why it has none. */
    public static PreparedFace prepareGallery(Mesh mesh, ShapeMatchOptions options) {
        return prepare(mesh, options, options.gallerySpacingMm());
    }

    /**
     * Scores every prepared probe against every prepared gallery face (each must be usable and prepared with these
     * options), probes in parallel; the listener hears of each finished probe and may stop the matching by throwing.
     */
    public static <E extends Exception> SimilarityMatrix match(List<PreparedFace> probes, List<PreparedFace> gallery,
            ShapeMatchOptions options, ProbeListener<E> listener) throws E {
        requireUsable(probes, "probe");
        requireUsable(gallery, "gallery item");
        Target[] targets = gallery.stream().map(f -> new Target(f.face())).toArray(Target[]::new);
        int n = targets.length;
        int probeCount = probes.size();
        float[] scores = new float[probeCount * n];
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Exception> stop = new AtomicReference<>();
        Object lock = new Object();
        Parallel.forEach(probeCount, options.threads(), i -> {
            if (stop.get() != null) {
                return;
            }
            for (int j = 0; j < n; j++) {
                scores[i * n + j] = (float) -register(probes.get(i).face(), targets[j], options).rmsMm();
            }
            synchronized (lock) {
                try {
                    if (stop.get() == null) {
                        listener.probeDone(done.incrementAndGet(), probeCount);
                    }
                } catch (Exception e) {
                    stop.set(e);
                }
            }
        });
        ShapeMatcher.<E>rethrow(stop.get());
        return new SimilarityMatrix(probeCount, n, scores);
    }

    /** The listener's exception: unchecked ones as they are, any other one is its E. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> void rethrow(Exception stop) throws E {
        if (stop instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (stop != null) {
            throw (E) stop;
        }
    }

    private static void requireUsable(List<PreparedFace> faces, String what) {
        for (int i = 0; i < faces.size(); i++) {
            if (!faces.get(i).usable()) {
                throw new IllegalArgumentException(what + " " + i + ": " + faces.get(i).status().reason());
            }
        }
    }

    /** Registers one probe mesh onto one gallery mesh; throws if either has no usable face region. */
    public static Registration register(Mesh probe, Mesh gallery, ShapeMatchOptions options) {
        return register(face(prepareProbe(probe, options), "probe"),
                new Target(face(prepareGallery(gallery, options), "gallery")), options);
    }

    /** A gallery face prepared once for all probes. */
    private record Target(FaceRegion.Points face, PointTree tree) {

        Target(FaceRegion.Points face) {
            this(face, new PointTree(face.points()));
        }
    }

    private static FaceRegion.Points face(PreparedFace face, String what) {
        if (!face.usable()) {
            throw new IllegalArgumentException(what + ": " + face.status().reason());
        }
        return face.face();
    }

    private static PreparedFace prepare(Mesh mesh, ShapeMatchOptions options, double spacing) {
        FaceRegion.Points face = FaceRegion.crop(mesh, options, spacing);
        if (face.count() < 3) {
            return new PreparedFace(face, Status.error("fewer than 3 vertices in the face region (" + face.count()
                    + " of " + mesh.vertexCount() + ")"));
        }
        if (!allFinite(face.points()) || !allFinite(face.normals())) {
            return new PreparedFace(face, Status.error("the face region has a non-finite vertex or normal"));
        }
        return new PreparedFace(face, Status.ok());
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static Registration register(FaceRegion.Points probeFace, Target gallery, ShapeMatchOptions options) {
        double[] probe = probeFace.points();
        int n = probe.length / 3;
        int keep = Math.max(3, (int) Math.round(options.keepFraction() * n));
        keep = Math.min(keep, n);
        double[] galleryPoints = gallery.face().points();
        double[] pc = centroid(probe);
        double[] gc = centroid(galleryPoints);
        SimilarityTransform transform = new SimilarityTransform(3, 1, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1},
                new double[] {gc[0] - pc[0], gc[1] - pc[1], gc[2] - pc[2]});
        double previous = Double.POSITIVE_INFINITY;
        Pairs pairs = null;
        int iteration = 0;
        while (iteration < options.maxIterations()) {
            iteration++;
            pairs = closestPairs(probe, transform, gallery, keep);
            transform = pointToPlaneStep(pairs, transform);
            if (Math.abs(previous - pairs.rms) < CONVERGED_MM) {
                break;
            }
            previous = pairs.rms;
        }
        Pairs last = closestPairs(probe, transform, gallery, keep);
        return new Registration(transform, last.rms, iteration, keep);
    }

    private record Pairs(double[] source, double[] target, double[] targetNormals, double rms) {
    }

    /**
     * One Gauss-Newton step of sum ((R p + t - q) . n)^2 with R linearised about the current pose (small angles
     * a, b, c about x, y, z), composed onto the current transform as an exact rotation.
     */
    private static SimilarityTransform pointToPlaneStep(Pairs pairs, SimilarityTransform current) {
        double[] moved = current.apply(pairs.source);
        double[] q = pairs.target;
        double[] nq = pairs.targetNormals;
        double[][] ata = new double[6][6];
        double[] atb = new double[6];
        double[] row = new double[6];
        for (int k = 0; k < moved.length; k += 3) {
            double px = moved[k];
            double py = moved[k + 1];
            double pz = moved[k + 2];
            double nx = nq[k];
            double ny = nq[k + 1];
            double nz = nq[k + 2];
            row[0] = py * nz - pz * ny;
            row[1] = pz * nx - px * nz;
            row[2] = px * ny - py * nx;
            row[3] = nx;
            row[4] = ny;
            row[5] = nz;
            double b = (q[k] - px) * nx + (q[k + 1] - py) * ny + (q[k + 2] - pz) * nz;
            for (int r = 0; r < 6; r++) {
                atb[r] += row[r] * b;
                for (int c = 0; c < 6; c++) {
                    ata[r][c] += row[r] * row[c];
                }
            }
        }
        double[] x = solve(ata, atb);
        double[] inc = rotationXyz(x[0], x[1], x[2]);
        double[] r = current.rotation();
        double[] t = current.translation();
        double[] rotation = new double[9];
        double[] translation = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    rotation[i * 3 + j] += inc[i * 3 + k] * r[k * 3 + j];
                }
                translation[i] += inc[i * 3 + j] * t[j];
            }
            translation[i] += x[3 + i];
        }
        return new SimilarityTransform(3, 1, rotation, translation);
    }

    /** Rz(c) Ry(b) Rx(a), row-major. */
    private static double[] rotationXyz(double a, double b, double c) {
        double ca = Math.cos(a), sa = Math.sin(a), cb = Math.cos(b), sb = Math.sin(b), cc = Math.cos(c),
                sc = Math.sin(c);
        return new double[] {
            cc * cb, cc * sb * sa - sc * ca, cc * sb * ca + sc * sa,
            sc * cb, sc * sb * sa + cc * ca, sc * sb * ca - cc * sa,
            -sb, cb * sa, cb * ca};
    }

    /** Gaussian elimination with partial pivoting; a direction the pairs do not constrain gets no update. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(a[i][i]));
        }
        double tiny = Math.max(scale, 1e-300) * 1e-12;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double tb = b[col];
            b[col] = b[pivot];
            b[pivot] = tb;
            if (Math.abs(a[col][col]) < tiny) {
                a[col][col] = Double.POSITIVE_INFINITY;
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
                b[r] -= f * b[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double v = b[r];
            for (int c = r + 1; c < n; c++) {
                v -= a[r][c] * x[c];
            }
            x[r] = Double.isInfinite(a[r][r]) ? 0 : v / a[r][r];
        }
        return x;
    }

    /**
     * The keep closest pairs (probe point, its nearest gallery point) under the transform, ranked and measured by
     * the distance along the gallery normal.
     */
    private static Pairs closestPairs(double[] probe, SimilarityTransform transform, Target gallery, int keep) {
        int n = probe.length / 3;
        double[] galleryPoints = gallery.face().points();
        double[] normals = gallery.face().normals();
        double[] moved = transform.apply(probe);
        long[] keyed = new long[n];
        int[] match = new int[n];
        double[] d2 = new double[n];
        for (int i = 0; i < n; i++) {
            int g = gallery.tree().nearest(moved[3 * i], moved[3 * i + 1], moved[3 * i + 2]);
            match[i] = g;
            double along = (galleryPoints[3 * g] - moved[3 * i]) * normals[3 * g]
                    + (galleryPoints[3 * g + 1] - moved[3 * i + 1]) * normals[3 * g + 1]
                    + (galleryPoints[3 * g + 2] - moved[3 * i + 2]) * normals[3 * g + 2];
            d2[i] = along * along;
            // non-negative floats order like their bit patterns; the index breaks ties deterministically
            keyed[i] = ((long) Float.floatToIntBits((float) d2[i]) << 32) | i;
        }
        Arrays.sort(keyed);
        double[] source = new double[3 * keep];
        double[] target = new double[3 * keep];
        double[] targetNormals = new double[3 * keep];
        double sum = 0;
        for (int k = 0; k < keep; k++) {
            int i = (int) keyed[k];
            System.arraycopy(probe, 3 * i, source, 3 * k, 3);
            System.arraycopy(galleryPoints, 3 * match[i], target, 3 * k, 3);
            System.arraycopy(normals, 3 * match[i], targetNormals, 3 * k, 3);
            sum += d2[i];
        }
        return new Pairs(source, target, targetNormals, Math.sqrt(sum / keep));
    }

    private static double[] centroid(double[] points) {
        double[] c = new double[3];
        for (int i = 0; i < points.length; i++) {
            c[i % 3] += points[i];
        }
        int n = points.length / 3;
        return new double[] {c[0] / n, c[1] / n, c[2] / n};
    }
}
