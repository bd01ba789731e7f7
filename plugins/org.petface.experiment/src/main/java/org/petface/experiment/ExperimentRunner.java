package org.petface.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.embedder.DepthDescriptorEmbedder;
import org.petface.embedder.FaceAnalysisOptions;
import org.petface.embedder.FaceAnalyzer;
import org.petface.embedder.ModelFiles;
import org.petface.embedder.RenderEmbedder;
import org.petface.matcher.BootstrapOptions;
import org.petface.matcher.report.CohortSummary;
import org.petface.matcher.report.ExperimentReport;
import org.petface.matcher.report.Failure;
import org.petface.matcher.report.ReportFiles;
import org.petface.matcher.report.ReportModel;
import org.petface.matcher.report.ReportWriter;
import org.petface.matcher.report.SubjectRenders;
import org.petface.matcher.shape.ShapeMatchOptions;
import org.petface.render.VolumeFaceRenderer;
import org.petface.render.VolumeRenderOptions;
import org.petface.surface.SurfaceOptions;

/**
 * The chained re-identification experiment: every study of the cohort through volume, surface, render and face
 * analysis (in parallel over subject sessions, a bounded pool; each volume is dropped once its render, thinned
 * mesh and vectors exist), then every experiment (pet_to_ct; ct_to_ct and pet_to_pet with two sessions) per
 * method, and the report. A study that fails a stage becomes a failure row and the run goes on; a study without a
 * face stays a probe and counts as a miss. The same options give the same numbers.
 */
public final class ExperimentRunner {

    /** Triangles the skin mesh keeps for the shape matcher (about 2 mm vertex spacing on a head). */
    static final int SHAPE_MESH_TRIANGLES = 80_000;
    /** Bootstrap resamples of the confidence intervals. */
    static final int BOOTSTRAP_REPLICATES = 1000;

    private final ExperimentOptions options;

    public ExperimentRunner(ExperimentOptions options) {
        this.options = options;
    }

    public ExperimentOptions options() {
        return options;
    }

    /**
     * Runs the experiment and writes the report when the options name an output folder.
     *
     * @throws IOException when the input folder cannot be scanned, the face models are missing, or the report
     *     cannot be written (single studies never throw)
     */
    public ExperimentResult apply(ProgressListener progress) throws IOException {
        long start = System.nanoTime();
        StageTimes times = new StageTimes();
        Cohort cohort = plan(times);
        List<StudyFaces> studies;
        ShapeMatchOptions shapeOptions = shapeOptions(options.threads());
        try (FaceAnalyzer analyzer = openAnalyzer(options.methods());
                RenderEmbedder depth = options.methods().contains(Method.DEPTH) ? new DepthDescriptorEmbedder()
                        : null) {
            // the mesh path (the default): the shape matcher needs the skin mesh
            StudyPipeline pipeline = new StudyPipeline(new VolumeFaceRenderer(VolumeRenderOptions.defaults()
                    .withSurface(SurfaceOptions.defaults().withCropToHead(true).withThreads(1))),
                    analyzer, depth, options.methods(), SHAPE_MESH_TRIANGLES, shapeOptions, times);
            studies = processAll(cohort.batches(), pipeline, progress, cohort.total() + matchCount(cohort));
        }
        int sessions = studies.stream().mapToInt(s -> s.key().session()).max().orElse(1);
        List<ExperimentSpec> specs = new ArrayList<>();
        for (ExperimentSpec spec : ExperimentSpec.standard(sessions)) {
            if (studies.stream().anyMatch(s -> spec.isProbe(s.key()))) {
                specs.add(spec);
            }
        }
        ExperimentMatcher matcher = new ExperimentMatcher(options.threads(),
                new BootstrapOptions(BOOTSTRAP_REPLICATES, options.bootstrapSeed(), 0.95), shapeOptions);
        List<ExperimentReport> experiments = new ArrayList<>();
        int done = studies.size();
        int total = done + specs.size() * options.methods().size();
        for (ExperimentSpec spec : specs) {
            for (Method method : options.methods()) {
                long t = System.nanoTime();
                experiments.add(matcher.apply(spec, method, studies));
                times.add("match", System.nanoTime() - t);
                progress.progress(++done, total, "match " + spec.name() + "/" + method.id());
            }
        }
        ReportModel model = new ReportModel(title(), summary(cohort, studies, sessions), experiments,
                renders(studies), failures(studies));
        ReportFiles files = options.outputFolder() == null ? null : ReportWriter.write(model, options.outputFolder());
        int failed = (int) studies.stream().filter(StudyFaces::failed).count();
        return new ExperimentResult(model, files, studies.size(), failed, times.seconds(),
                (System.nanoTime() - start) / 1e9);
    }

    private record Cohort(List<StudyBatch> batches, String description, Map<String, String> facts) {
        int total() {
            return batches.stream().mapToInt(b -> b.keys().size()).sum();
        }
    }

    private int matchCount(Cohort cohort) {
        int sessions = cohort.batches().stream().flatMap(b -> b.keys().stream()).mapToInt(StudyKey::session).max()
                .orElse(1);
        return ExperimentSpec.standard(sessions).size() * options.methods().size();
    }

    private Cohort plan(StageTimes times) throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        if (options.source() instanceof CohortSource.Synthetic s) {
            facts.put("subjects", Integer.toString(s.subjects()));
            facts.put("sessions", Integer.toString(s.sessions()));
            facts.put("seed", Long.toString(s.seed()));
            facts.put("phantom resolution scale", String.format(Locale.ROOT, "%.2f", s.resolutionScale()));
            return new Cohort(SyntheticStudies.plan(s, times), String.format(Locale.ROOT,
                    "synthetic phantom PET/CT cohort (in memory), %d subjects x %d sessions, seed %d",
                    s.subjects(), s.sessions(), s.seed()), facts);
        }
        CohortSource.Folder f = (CohortSource.Folder) options.source();
        FolderStudies.Plan plan = FolderStudies.plan(f, options.threads(), times);
        facts.put("CT/PET series found", Integer.toString(plan.seriesFound()));
        facts.put("series used (one per modality and session)", Integer.toString(plan.seriesUsed()));
        facts.put("files that are not readable images", Integer.toString(plan.unreadable()));
        facts.put("input formats", f.format().name().toLowerCase(Locale.ROOT));
        return new Cohort(plan.batches(), "input folder, studies paired by pseudonymous patient key", facts);
    }

    private static FaceAnalyzer openAnalyzer(Set<Method> methods) {
        if (!methods.contains(Method.DEEP) && !methods.contains(Method.LANDMARKS)) {
            return null;
        }
        FaceAnalysisOptions analysis = FaceAnalysisOptions.defaults();
        if (!methods.contains(Method.DEEP)) {
            analysis = analysis.withEmbedder(FaceAnalysisOptions.LANDMARKS);
        }
        return new FaceAnalyzer(analysis, ModelFiles.standard());
    }

    private List<StudyFaces> processAll(List<StudyBatch> batches, StudyPipeline pipeline, ProgressListener progress,
            int total) throws IOException {
        Map<StudyKey, StudyFaces> results = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        StudyBatch.Sink sink = new StudyBatch.Sink() {
            @Override
            public void loaded(StudyKey key, Volume volume) {
                finished(pipeline.apply(key, volume));
            }

            @Override
            public void failed(StudyKey key, String stage, String reason) {
                finished(StudyFaces.failed(key, stage, reason));
            }

            private void finished(StudyFaces faces) {
                results.put(faces.key(), faces);
                synchronized (progress) {
                    progress.progress(done.incrementAndGet(), total, faces.key().toString());
                }
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.threads(), batches.size())));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (StudyBatch batch : batches) {
                futures.add(pool.submit(() -> batch.run(sink)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return results.values().stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }

    /**
     * The matcher's face region with coarser sampling (probe 8 mm, gallery 3 mm) and at most 8 ICP steps: the
     * shape matcher costs probes x gallery registrations, and on 10 phantom subjects x 2 sessions these options
     * gave the same top-1 and top-5 in every experiment, and AUC within 0.01, as the defaults (3 mm / 1.5 mm / 30
     * steps), several times faster (PET-to-CT 10 x 10 on a quiet 2-core machine: 0.5 s; 1.2 s with 6/2 mm and
     * 10 steps; the defaults took 2.5 times as long as 6/2 mm/10 in a run under load).
     */
    static ShapeMatchOptions shapeOptions(int threads) {
        ShapeMatchOptions d = ShapeMatchOptions.defaults();
        return new ShapeMatchOptions(d.noseSearchBandMm(), d.faceRadiusMm(), d.faceDepthMm(), 8, 3, 8,
                d.keepFraction(), threads);
    }

    private String title() {
        return options.source() instanceof CohortSource.Synthetic
                ? "petface re-identification experiment: synthetic PET/CT cohort"
                : "petface re-identification experiment";
    }

    private CohortSummary summary(Cohort cohort, List<StudyFaces> studies, int sessions) {
        Map<String, String> facts = new LinkedHashMap<>(cohort.facts());
        long subjects = studies.stream().map(s -> s.key().subject()).distinct().count();
        facts.put("subjects with a study", Long.toString(subjects));
        facts.put("studies", Integer.toString(studies.size()));
        facts.put("studies that failed a stage", Long.toString(studies.stream().filter(StudyFaces::failed).count()));
        for (Modality m : List.of(Modality.CT, Modality.PT)) {
            for (int session = 1; session <= sessions; session++) {
                int n = 0;
                int faces = 0;
                for (StudyFaces s : studies) {
                    if (s.key().modality() == m && s.key().session() == session) {
                        n++;
                        if (!s.failed() && !s.misses().containsKey(Method.LANDMARKS)
                                && !s.misses().containsKey(Method.DEEP)) {
                            faces++;
                        }
                    }
                }
                if (n > 0) {
                    facts.put(StudyKey.label(m, session) + ": studies / face found", n + " / " + faces);
                }
            }
        }
        facts.put("methods", String.join(", ", options.methods().stream().map(Method::id).toList()));
        return new CohortSummary(cohort.description(), facts);
    }

    /** Each subject's session-1 PET render beside its CT render. */
    private static List<SubjectRenders> renders(List<StudyFaces> studies) {
        Map<String, StudyFaces[]> bySubject = new LinkedHashMap<>();
        for (StudyFaces s : studies) {
            if (s.key().session() == 1) {
                StudyFaces[] pair = bySubject.computeIfAbsent(s.key().subject(), k -> new StudyFaces[2]);
                pair[s.key().modality() == Modality.PT ? 0 : 1] = s;
            }
        }
        List<SubjectRenders> out = new ArrayList<>();
        bySubject.forEach((subject, pair) -> out.add(new SubjectRenders(subject,
                pair[0] == null ? null : pair[0].renderPng(), StudyKey.label(Modality.PT, 1),
                pair[1] == null ? null : pair[1].renderPng(), StudyKey.label(Modality.CT, 1))));
        return out;
    }

    /** Studies that failed a stage, and studies in which the detector found no face (misses, not failures). */
    private static List<Failure> failures(List<StudyFaces> studies) {
        List<Failure> out = new ArrayList<>();
        for (StudyFaces s : studies) {
            String study = StudyKey.label(s.key().modality(), s.key().session());
            if (s.failed()) {
                out.add(new Failure(s.key().subject(), s.failedStage(), study + ": " + s.reason()));
                continue;
            }
            Map<String, List<String>> methodsByReason = new LinkedHashMap<>();
            s.misses().forEach((m, reason) -> methodsByReason.computeIfAbsent(reason, r -> new ArrayList<>())
                    .add(m.id()));
            methodsByReason.forEach((reason, methods) -> out.add(new Failure(s.key().subject(),
                    "face (" + String.join(", ", methods) + ")", study + ": " + reason)));
        }
        return out;
    }
}
