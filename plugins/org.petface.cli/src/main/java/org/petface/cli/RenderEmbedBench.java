package org.petface.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.petface.core.Embedding;
import org.petface.embedder.DepthDescriptorEmbedder;
import org.petface.embedder.DetectorKind;
import org.petface.embedder.EmbeddingResult;
import org.petface.embedder.FaceAnalysisOptions;
import org.petface.embedder.FaceDetector;
import org.petface.embedder.FaceImage;
import org.petface.embedder.ModelFiles;
import org.petface.embedder.PhotoRenderEmbedder;
import org.petface.embedder.RenderEmbedder;
import org.petface.phantom.PhantomGenerator;
import org.petface.phantom.PhantomStudy;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderer;
import org.petface.render.RenderOptions;
import org.petface.surface.SurfaceExtractor;
import org.petface.surface.SurfaceOptions;

/**
 * Embedders on frontal renders of phantom subjects ({@code petface bench render-embed}): stage 3 (published
 * thresholds) and stage 4 (default 512x512 orthographic render) on the CT and PET of every subject and session,
 * then the detection rate of fr_detect and BlazeFace, the cosine similarity of same-subject and different-subject
 * pairs for fr_feature, landmark geometry and the depth descriptor (CT-CT and PET-PET across sessions, CT-PET
 * within and across sessions), and top-1 identification (nearest neighbour by cosine) of PET probes in a CT gallery.
 */
final class RenderEmbedBench {

    private static final int CT = 0;
    private static final int PET = 1;

    private RenderEmbedBench() {
    }

    /** Renders, indexed [subject][session - 1][CT or PET]. */
    private record Cohort(FaceRender[][][] renders) {
        int subjects() {
            return renders.length;
        }

        int sessions() {
            return renders[0].length;
        }
    }

    static void run(int subjects, int sessions, double phantomScale, long seed, int threads, PrintStream out)
            throws Exception {
        if (subjects < 2 || sessions < 1 || sessions > 2) {
            throw new IllegalArgumentException("need >= 2 subjects and 1 or 2 sessions");
        }
        out.printf(Locale.ROOT, "%d phantom subjects (seed %d, scale %.2f), %d session(s), CT and PET, %d threads, "
                + "load average %.2f%n", subjects, seed, phantomScale, sessions, threads,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long t0 = System.nanoTime();
        Cohort cohort = render(subjects, sessions, phantomScale, seed, threads);
        out.printf(Locale.ROOT, "rendered %d faces in %.0f s%n", subjects * sessions * 2, (System.nanoTime() - t0) / 1e9);
        ModelFiles models = ModelFiles.standard();
        detectionRates(cohort, models, out);
        List<RenderEmbedder> embedders = List.of(
                new PhotoRenderEmbedder(FaceAnalysisOptions.defaults(), models),
                new PhotoRenderEmbedder(FaceAnalysisOptions.defaults().withEmbedder(FaceAnalysisOptions.LANDMARKS), models),
                new DepthDescriptorEmbedder());
        out.println();
        out.println("cosine similarity, mean same-subject / mean different-subject (max different), and top-1 "
                + "identification (nearest neighbour, chance 1/" + subjects + ")");
        out.printf(Locale.ROOT, "%-24s %-11s %-28s %-28s %-28s %-28s %-9s %-9s %-9s%n", "embedder", "embedded",
                "CT-CT s1/s2", "PET-PET s1/s2", "CT-PET same session", "CT s1-PET s2", "PET>CT s1", "PETs2>CT1",
                "CTs2>CT1");
        for (RenderEmbedder embedder : embedders) {
            try (embedder) {
                long t = System.nanoTime();
                Map<String, Integer> failures = new TreeMap<>();
                Embedding[][][] e = embed(cohort, embedder, threads, failures);
                double ms = (System.nanoTime() - t) / 1e6 / (subjects * sessions * 2);
                report(embedder.modelId(), e, ms, out);
                failures.forEach((reason, count) -> out.printf(Locale.ROOT, "    %d x %s%n", count, reason));
            }
        }
    }

    private static Cohort render(int subjects, int sessions, double scale, long seed, int threads) throws Exception {
        PhantomGenerator generator = new PhantomGenerator(seed, scale);
        SurfaceExtractor surfaces = new SurfaceExtractor(SurfaceOptions.defaults().withThreads(1));
        FaceRenderer renderer = new FaceRenderer(RenderOptions.defaults());
        FaceRender[][][] renders = new FaceRender[subjects][sessions][2];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int s = 0; s < subjects; s++) {
                for (int session = 1; session <= sessions; session++) {
                    int subject = s;
                    int number = session;
                    jobs.add(pool.submit(() -> {
                        PhantomStudy study = generator.generate(subject, number);
                        renders[subject][number - 1][CT] = renderer.apply(surfaces.apply(study.ct()).mesh());
                        renders[subject][number - 1][PET] = renderer.apply(surfaces.apply(study.petSuv()).mesh());
                        return null;
                    }));
                }
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Cohort(renders);
    }

    private static void detectionRates(Cohort cohort, ModelFiles models, PrintStream out) {
        out.println();
        out.println("detection rate on the shaded renders (faces found / renders; mean best score where found)");
        for (DetectorKind kind : List.of(DetectorKind.FR_DETECT, DetectorKind.BLAZEFACE)) {
            try (FaceDetector detector = kind.open(models, kind.defaultScoreThreshold())) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-10s", kind.id()));
                for (int modality : new int[] {CT, PET}) {
                    int found = 0;
                    int total = 0;
                    double scores = 0;
                    for (FaceRender[][] subject : cohort.renders()) {
                        for (FaceRender[] session : subject) {
                            FaceRender r = session[modality];
                            total++;
                            try (FaceImage image = FaceImage.ofGrey(r.width(), r.height(), r.image())) {
                                var boxes = detector.detect(image);
                                if (!boxes.isEmpty()) {
                                    found++;
                                    scores += boxes.get(0).score();
                                }
                            }
                        }
                    }
                    line.append(String.format(Locale.ROOT, "  %s %d/%d (%.0f%%, score %.2f)", modality == CT ? "CT" : "PET",
                            found, total, 100.0 * found / total, found == 0 ? Double.NaN : scores / found));
                }
                out.println(line);
            }
        }
    }

    /** The embeddings (null where none), counting the reasons of the failures. */
    private static Embedding[][][] embed(Cohort cohort, RenderEmbedder embedder, int threads,
            Map<String, Integer> failures) throws Exception {
        int n = cohort.subjects();
        int sessions = cohort.sessions();
        Embedding[][][] e = new Embedding[n][sessions][2];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                for (int session = 0; session < sessions; session++) {
                    for (int m : new int[] {CT, PET}) {
                        int subject = s;
                        int number = session;
                        jobs.add(pool.submit(() -> {
                            EmbeddingResult r = embedder.embed(cohort.renders()[subject][number][m]);
                            e[subject][number][m] = r.embedding();
                            if (!r.status().isOk()) {
                                synchronized (failures) {
                                    failures.merge((m == CT ? "CT: " : "PET: ") + r.status().reason(), 1, Integer::sum);
                                }
                            }
                            return null;
                        }));
                    }
                }
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        return e;
    }

    private static void report(String id, Embedding[][][] e, double msPerRender, PrintStream out) {
        int n = e.length;
        int sessions = e[0].length;
        int ok = 0;
        for (Embedding[][] subject : e) {
            for (Embedding[] session : subject) {
                for (Embedding x : session) {
                    ok += x == null ? 0 : 1;
                }
            }
        }
        String ctCt = sessions > 1 ? pairs(e, 0, CT, 1, CT) : "-";
        String petPet = sessions > 1 ? pairs(e, 0, PET, 1, PET) : "-";
        String ctPet = pairs(e, 0, CT, 0, PET);
        String crossSession = sessions > 1 ? pairs(e, 0, CT, 1, PET) : "-";
        out.printf(Locale.ROOT, "%-24s %-11s %-28s %-28s %-28s %-28s %-9s %-9s %-9s  (%.0f ms/render)%n", id,
                ok + "/" + n * sessions * 2, ctCt, petPet, ctPet, crossSession, top1(e, 0, PET, 0, CT),
                sessions > 1 ? top1(e, 1, PET, 0, CT) : "-", sessions > 1 ? top1(e, 1, CT, 0, CT) : "-", msPerRender);
    }

    /** Mean same-subject and different-subject cosine between gallery (session g, modality gm) and probes. */
    private static String pairs(Embedding[][][] e, int g, int gm, int p, int pm) {
        double same = 0;
        double different = 0;
        double maxDifferent = -1;
        int sameCount = 0;
        int differentCount = 0;
        for (int a = 0; a < e.length; a++) {
            for (int b = 0; b < e.length; b++) {
                Embedding x = e[a][g][gm];
                Embedding y = e[b][p][pm];
                if (x == null || y == null) {
                    continue;
                }
                double c = x.cosineSimilarity(y);
                if (a == b) {
                    same += c;
                    sameCount++;
                } else {
                    different += c;
                    differentCount++;
                    maxDifferent = Math.max(maxDifferent, c);
                }
            }
        }
        if (sameCount == 0 || differentCount == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.3f / %.3f (max %.3f)", same / sameCount, different / differentCount,
                maxDifferent);
    }

    /** Probes (session p, modality pm) whose nearest gallery item (session g, modality gm) is their own subject. */
    private static String top1(Embedding[][][] e, int p, int pm, int g, int gm) {
        int hits = 0;
        for (int a = 0; a < e.length; a++) {
            Embedding probe = e[a][p][pm];
            if (probe == null) {
                continue;
            }
            int best = -1;
            double bestCosine = Double.NEGATIVE_INFINITY;
            for (int b = 0; b < e.length; b++) {
                Embedding item = e[b][g][gm];
                double c = item == null ? Double.NEGATIVE_INFINITY : probe.cosineSimilarity(item);
                if (c > bestCosine) {
                    bestCosine = c;
                    best = b;
                }
            }
            hits += best == a ? 1 : 0;
        }
        return hits + "/" + e.length;
    }
}
