package org.petface.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.petface.core.Mesh;
import org.petface.matcher.Bootstrap;
import org.petface.matcher.BootstrapOptions;
import org.petface.matcher.Identification;
import org.petface.matcher.IdentificationResult;
import org.petface.matcher.LandmarkMatcher;
import org.petface.matcher.LandmarkOptions;
import org.petface.matcher.MetricIntervals;
import org.petface.matcher.ProbeScores;
import org.petface.matcher.SimilarityMatrix;
import org.petface.matcher.SimilarityMetric;
import org.petface.matcher.SimilarityOptions;
import org.petface.matcher.VectorMatcher;
import org.petface.matcher.Verification;
import org.petface.matcher.VerificationResult;
import org.petface.matcher.report.ExperimentReport;
import org.petface.matcher.report.ProbeOutcome;
import org.petface.matcher.shape.ShapeMatchOptions;
import org.petface.matcher.shape.ShapeMatcher;

/**
 * Stage 6 for one experiment and one method. Every probe study of the experiment counts: a probe without a vector
 * (failed stage, no face) and a probe whose own gallery study has none are misses, with the reason. The gallery is
 * the gallery studies that have a vector; gallery subjects without a probe are distractors.
 */
final class ExperimentMatcher {

    private final int threads;
    private final BootstrapOptions bootstrap;
    private final ShapeMatchOptions shapeOptions;

    ExperimentMatcher(int threads, BootstrapOptions bootstrap, ShapeMatchOptions shapeOptions) {
        this.threads = threads;
        this.bootstrap = bootstrap;
        this.shapeOptions = shapeOptions;
    }

    /** @param studies every study of the cohort, in a fixed order */
    ExperimentReport apply(ExperimentSpec spec, Method method, List<StudyFaces> studies) {
        List<StudyFaces> probes = new ArrayList<>();
        List<StudyFaces> gallery = new ArrayList<>();
        Map<String, StudyFaces> galleryStudyOf = new HashMap<>();
        for (StudyFaces s : studies) {
            if (spec.isProbe(s.key())) {
                probes.add(s);
            }
            if (spec.isGallery(s.key())) {
                galleryStudyOf.put(s.key().subject(), s);
                if (has(s, method)) {
                    gallery.add(s);
                }
            }
        }
        List<StudyFaces> ranked = new ArrayList<>();
        for (StudyFaces p : probes) {
            if (has(p, method)) {
                ranked.add(p);
            }
        }
        List<String> galleryIds = gallery.stream().map(s -> s.key().subject()).toList();
        int galleryIdentities = (int) galleryIds.stream().distinct().count();
        int[] ranks = new int[probes.size()];
        List<float[]> genuine = new ArrayList<>();
        List<float[]> impostor = new ArrayList<>();
        Map<StudyFaces, Integer> rankedIndex = new IdentityHashMap<>();
        IdentificationResult rankedResult = null;
        ProbeScores rankedScores = null;
        if (!ranked.isEmpty() && !gallery.isEmpty()) {
            SimilarityMatrix scores = similarity(method, ranked, gallery);
            List<String> probeIds = ranked.stream().map(s -> s.key().subject()).toList();
            rankedResult = Identification.apply(scores, probeIds, galleryIds);
            rankedScores = ProbeScores.from(scores, probeIds, galleryIds);
            for (int i = 0; i < ranked.size(); i++) {
                rankedIndex.put(ranked.get(i), i);
            }
        }
        List<ProbeOutcome> outcomes = new ArrayList<>();
        for (int p = 0; p < probes.size(); p++) {
            StudyFaces probe = probes.get(p);
            Integer i = rankedIndex.get(probe);
            int rank = i == null ? IdentificationResult.MISSED : rankedResult.ranks()[i];
            ranks[p] = rank;
            genuine.add(i == null ? new float[0] : rankedScores.genuine().get(i));
            impostor.add(i == null ? new float[0] : rankedScores.impostor().get(i));
            outcomes.add(new ProbeOutcome(probe.key().subject(), rank,
                    rank != IdentificationResult.MISSED ? "ok" : missReason(probe, galleryStudyOf, method)));
        }
        IdentificationResult identification = new IdentificationResult(ranks, galleryIdentities);
        ProbeScores probeScores = new ProbeScores(genuine, impostor);
        VerificationResult verification = Verification.apply(probeScores);
        MetricIntervals ci95 = Bootstrap.apply(identification, probeScores, bootstrap);
        return new ExperimentReport(spec.name(), spec.probeLabel(), spec.galleryLabel(), method.id(), gallery.size(),
                outcomes, identification, verification, ci95);
    }

    private static boolean has(StudyFaces s, Method method) {
        return method == Method.SHAPE ? s.shapeMesh() != null : s.vector(method) != null;
    }

    private static String missReason(StudyFaces probe, Map<String, StudyFaces> galleryStudyOf, Method method) {
        if (!has(probe, method)) {
            return "probe: " + probe.missReason(method);
        }
        StudyFaces own = galleryStudyOf.get(probe.key().subject());
        return own == null ? "gallery: no study of this subject" : "gallery: " + own.missReason(method);
    }

    private SimilarityMatrix similarity(Method method, List<StudyFaces> probes, List<StudyFaces> gallery) {
        return switch (method) {
            case SHAPE -> ShapeMatcher.apply(meshes(probes), meshes(gallery), shapeOptions);
            case LANDMARKS -> LandmarkMatcher.apply(vectors(probes, method), vectors(gallery, method),
                    new LandmarkOptions(3, threads));
            case DEEP, DEPTH -> VectorMatcher.applyVectors(vectors(probes, method), vectors(gallery, method),
                    new SimilarityOptions(SimilarityMetric.COSINE, threads));
        };
    }

    private static List<Mesh> meshes(List<StudyFaces> studies) {
        return studies.stream().map(StudyFaces::shapeMesh).toList();
    }

    private static List<float[]> vectors(List<StudyFaces> studies, Method method) {
        return studies.stream().map(s -> s.vector(method)).toList();
    }
}
