package org.petface.cli;

import java.io.PrintStream;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.petface.matcher.BlockedGemm;
import org.petface.matcher.Bootstrap;
import org.petface.matcher.BootstrapOptions;
import org.petface.matcher.Identification;
import org.petface.matcher.IdentificationResult;
import org.petface.matcher.ProbeScores;
import org.petface.matcher.SimilarityMatrix;
import org.petface.matcher.SimilarityMetric;
import org.petface.matcher.SimilarityOptions;
import org.petface.matcher.Verification;
import org.petface.matcher.VectorMatcher;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * {@code petface bench match}: times the all-pairs product of probes x gallery x dimension (default 1000 x 10000
 * x 512, random L2-normalised rows) with the Java {@link BlockedGemm} and with ONNX Runtime's Gemm on the same
 * data, checks they agree, then times the metrics (identification, verification, bootstrap) on the matrix.
 * Prints every run and the median; figures depend on what else the machine is doing.
 */
public final class MatchBench {

    private MatchBench() {
    }

    public static void run(int probes, int gallery, int dimension, int runs, int threads, PrintStream out)
            throws OrtException {
        float[] a = normalisedRows(probes, dimension, 1);
        float[] b = normalisedRows(gallery, dimension, 2);
        out.printf(Locale.ROOT, "all-pairs dot products %d x %d x %d (%.2f GFLOP), %d threads, %d runs after 1 warm-up%n",
                probes, gallery, dimension, 2.0 * probes * gallery * dimension / 1e9, threads, runs);
        float[] java = new float[probes * gallery];
        double[] javaMs = time(runs, () -> BlockedGemm.multiplyTransposed(a, probes, b, gallery, dimension, java,
                threads));
        report(out, "java blocked GEMM", javaMs, probes, gallery, dimension);

        float[] onnx = onnxGemm(a, probes, b, gallery, dimension, runs, threads, out);
        double maxDifference = 0;
        for (int i = 0; i < java.length; i++) {
            maxDifference = Math.max(maxDifference, Math.abs(java[i] - onnx[i]));
        }
        out.printf(Locale.ROOT, "largest |java - onnxruntime| difference: %.2e%n", maxDifference);

        List<float[]> probeRows = rows(a, probes, dimension);
        List<float[]> galleryRows = rows(b, gallery, dimension);
        SimilarityOptions cosine = new SimilarityOptions(SimilarityMetric.COSINE, threads);
        SimilarityMatrix[] matrix = new SimilarityMatrix[1];
        report(out, "VectorMatcher cosine (normalise + GEMM)", time(runs,
                () -> matrix[0] = VectorMatcher.applyVectors(probeRows, galleryRows, cosine)), probes, gallery,
                dimension);
        metrics(matrix[0], runs, out);
    }

    private static void metrics(SimilarityMatrix matrix, int runs, PrintStream out) {
        List<String> probeIds = new ArrayList<>();
        List<String> galleryIds = new ArrayList<>();
        for (int i = 0; i < matrix.probeCount(); i++) {
            probeIds.add("S" + i);
        }
        for (int j = 0; j < matrix.galleryCount(); j++) {
            galleryIds.add("S" + j);
        }
        IdentificationResult[] id = new IdentificationResult[1];
        ProbeScores[] scores = new ProbeScores[1];
        out.printf(Locale.ROOT, "identification (ranks, CMC): median %.1f ms%n", median(time(runs,
                () -> id[0] = Identification.apply(matrix, probeIds, galleryIds))));
        out.printf(Locale.ROOT, "verification (ROC, AUC, EER): median %.1f ms%n", median(time(runs, () -> {
            scores[0] = ProbeScores.from(matrix, probeIds, galleryIds);
            Verification.apply(scores[0]);
        })));
        BootstrapOptions options = BootstrapOptions.defaults();
        out.printf(Locale.ROOT, "bootstrap (%d replicates of top-1/5/10, AUC, EER): median %.1f ms%n",
                options.replicates(), median(time(Math.min(runs, 3), () -> Bootstrap.apply(id[0], scores[0], options))));
    }

    private static float[] onnxGemm(float[] a, int m, float[] b, int n, int k, int runs, int threads, PrintStream out)
            throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            try (OrtSession session = env.createSession(OnnxGemmModel.bytes(), options);
                    OnnxTensor ta = OnnxTensor.createTensor(env, FloatBuffer.wrap(a), new long[] {m, k});
                    OnnxTensor tb = OnnxTensor.createTensor(env, FloatBuffer.wrap(b), new long[] {n, k})) {
                float[] c = new float[m * n];
                double[] ms = time(runs, () -> {
                    try (OrtSession.Result result = session.run(Map.of("A", ta, "B", tb))) {
                        ((OnnxTensor) result.get(0)).getFloatBuffer().get(c);
                    } catch (OrtException e) {
                        throw new IllegalStateException(e);
                    }
                });
                report(out, "onnxruntime Gemm (incl. copy out)", ms, m, n, k);
                return c;
            }
        }
    }

    private static double[] time(int runs, Runnable task) {
        task.run();
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            task.run();
            ms[r] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static void report(PrintStream out, String what, double[] ms, int m, int n, int k) {
        StringBuilder runs = new StringBuilder();
        for (double t : ms) {
            runs.append(String.format(Locale.ROOT, " %.0f", t));
        }
        double median = median(ms);
        out.printf(Locale.ROOT, "%-40s median %7.1f ms (%5.1f GFLOP/s); runs:%s%n", what, median,
                2.0 * m * n * k / median / 1e6, runs);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int h = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
    }

    private static float[] normalisedRows(int rows, int dimension, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] out = new float[rows * dimension];
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            for (int t = 0; t < dimension; t++) {
                double v = random.nextDouble() * 2 - 1;
                out[i * dimension + t] = (float) v;
                sum += v * v;
            }
            float scale = (float) (1 / Math.sqrt(sum));
            for (int t = 0; t < dimension; t++) {
                out[i * dimension + t] *= scale;
            }
        }
        return out;
    }

    private static List<float[]> rows(float[] flat, int count, int dimension) {
        List<float[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(Arrays.copyOfRange(flat, i * dimension, (i + 1) * dimension));
        }
        return out;
    }
}
