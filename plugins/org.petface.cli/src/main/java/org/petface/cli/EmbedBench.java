package org.petface.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

import org.petface.embedder.DetectorKind;
import org.petface.embedder.FaceAnalysisOptions;
import org.petface.embedder.FaceAnalyzer;
import org.petface.embedder.FaceBox;
import org.petface.embedder.FaceDetector;
import org.petface.embedder.FaceEmbedder;
import org.petface.embedder.FaceImage;
import org.petface.embedder.FaceLandmarks;
import org.petface.embedder.LandmarkDetector;
import org.petface.embedder.ModelFiles;
import org.petface.embedder.NativeThreads;

/**
 * {@code petface bench embed}: images and faces per second for each detector, and faces per second for the
 * landmark model and each embedder, on 512x512 images (the given ones scaled to 512x512), with T threads. The
 * load average and the native libraries' thread settings are printed with the figures: both change them.
 */
final class EmbedBench {

    static final int SIZE = 512;

    private EmbedBench() {
    }

    static void run(List<Path> images, int threads, int runs, PrintStream out) throws Exception {
        ModelFiles models = ModelFiles.standard();
        List<FaceImage> scaled = new ArrayList<>();
        for (Path p : images) {
            try (FaceImage original = FaceImage.read(p)) {
                scaled.add(original.resized(SIZE, SIZE));
            }
        }
        out.printf(Locale.ROOT, "%d images of %dx%d, %d threads, %d runs after a warm-up, %d cores, load average %.2f%n",
                scaled.size(), SIZE, SIZE, threads, runs, Runtime.getRuntime().availableProcessors(), loadAverage());
        out.println(NativeThreads.describe());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<FaceBox> boxes = new ArrayList<>();
            List<FaceImage> boxImages = new ArrayList<>();
            for (DetectorKind kind : DetectorKind.values()) {
                try (FaceDetector detector = kind.open(models, kind.defaultScoreThreshold())) {
                    int[] faces = new int[1];
                    double seconds = time(pool, scaled, runs, image -> detector.detect(image).size(), faces);
                    out.printf(Locale.ROOT, "detector %-10s %7.1f images/s %7.1f faces/s (%d faces per pass)%n",
                            kind.id(), runs * scaled.size() / seconds, faces[0] / seconds, faces[0] / runs);
                    if (kind == DetectorKind.FR_DETECT) {
                        for (FaceImage image : scaled) {
                            for (FaceBox b : detector.detect(image)) {
                                boxes.add(b);
                                boxImages.add(image);
                            }
                        }
                    }
                }
            }
            if (boxes.isEmpty()) {
                out.println("no faces found by fr_detect in the images: nothing to embed");
                return;
            }
            List<Integer> faceIndex = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                faceIndex.add(i);
            }
            List<FaceLandmarks> landmarks = new ArrayList<>();
            try (LandmarkDetector locator = new LandmarkDetector(models)) {
                for (int i = 0; i < boxes.size(); i++) {
                    landmarks.add(locator.locate(boxImages.get(i), boxes.get(i)));
                }
                double seconds = time(pool, faceIndex, runs, i -> locator.locate(boxImages.get(i), boxes.get(i)) == null ? 0 : 1, new int[1]);
                out.printf(Locale.ROOT, "landmarks  fr_landmark %7.1f faces/s%n", runs * boxes.size() / seconds);
            }
            for (String spec : List.of(FaceAnalysisOptions.FR_FEATURE, FaceAnalysisOptions.LANDMARKS)) {
                try (FaceEmbedder embedder = FaceAnalyzer.openEmbedder(spec, models)) {
                    int[] ok = new int[1];
                    double seconds = time(pool, faceIndex, runs,
                            i -> embedder.embed(boxImages.get(i), landmarks.get(i)).status().isOk() ? 1 : 0, ok);
                    out.printf(Locale.ROOT, "embedder %-12s %7.1f faces/s (%d of %d embedded)%n", spec,
                            runs * boxes.size() / seconds, ok[0] / runs, boxes.size());
                }
            }
        } finally {
            pool.shutdown();
            scaled.forEach(FaceImage::close);
        }
        out.printf(Locale.ROOT, "load average at the end %.2f%n", loadAverage());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Seconds for {@code runs} passes over the items after one warm-up pass; counts[0] sums the task results. */
    private static <T> double time(ExecutorService pool, List<T> items, int runs, ToIntFunction<T> task, int[] counts)
            throws Exception {
        pass(pool, items, task);
        long t0 = System.nanoTime();
        int sum = 0;
        for (int r = 0; r < runs; r++) {
            sum += pass(pool, items, task);
        }
        counts[0] = sum;
        return (System.nanoTime() - t0) / 1e9;
    }

    private static <T> int pass(ExecutorService pool, List<T> items, ToIntFunction<T> task) throws Exception {
        List<Future<Integer>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> task.applyAsInt(item)));
        }
        int sum = 0;
        for (Future<Integer> f : futures) {
            sum += f.get();
        }
        return sum;
    }
}
