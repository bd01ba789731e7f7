package org.petface.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;
import org.petface.matcher.ExperimentMetrics;
import org.petface.matcher.IdentificationResult;
import org.petface.matcher.report.ExperimentReport;
import org.petface.matcher.report.Failure;
import org.petface.matcher.report.ProbeOutcome;
import org.petface.nifti.NiftiWriter;
import org.petface.phantom.CohortGenerator;
import org.petface.phantom.CohortOptions;
import org.petface.phantom.OutputFormat;

/**
 * The whole chain on small phantom cohorts (half the clinical matrix size, to keep the run short): report files,
 * CT-to-CT well above chance, failures as rows, determinism.
 */
class ExperimentRunnerTest {

    private static final int SUBJECTS = 8;
    private static final double SCALE = 0.5;

    @TempDir
    static Path shared;

    private static ExperimentResult synthetic;

    @BeforeAll
    static void runSyntheticCohort() throws IOException {
        ExperimentOptions options = ExperimentOptions.defaults(
                new CohortSource.Synthetic(SUBJECTS, 11, 2, SCALE), shared.resolve("report"));
        synthetic = new ExperimentRunner(options).apply(ProgressListener.NONE);
    }

    @Test
    void writesReportWithEveryExperimentAndMethod() throws IOException {
        assertEquals(4 * SUBJECTS, synthetic.studies());
        assertEquals(0, synthetic.failedStudies(), synthetic.report().failures().toString());
        Path report = shared.resolve("report");
        String html = Files.readString(report.resolve("report.html"));
        assertTrue(html.contains("pet_to_ct") && html.contains("ct_to_ct") && html.contains("pet_to_pet"));
        assertTrue(html.contains("<svg"), "CMC plot");
        assertTrue(html.contains("data:image/png;base64,"), "renders inlined");

        String json = Files.readString(report.resolve("metrics.json"));
        List<String> experiments = objectsOf(json);
        int methods = ExperimentOptions.defaults(new CohortSource.Synthetic(1, 1, 1, 1), null).methods().size();
        assertEquals(3 * methods, experiments.size(), json);
        for (String e : experiments) {
            for (String key : List.of("name", "probe", "gallery", "embedder", "n_probes", "n_gallery", "top1", "top5",
                    "top10", "auc", "eer", "ci95")) {
                assertTrue(e.contains("\"" + key + "\":"), key + " in " + e);
            }
            assertTrue(e.contains("\"n_probes\": " + SUBJECTS), "every subject is a probe: " + e);
        }
        assertEquals(3, Pattern.compile("\"headline\": true").matcher(json).results().count(), "one per experiment");

        List<String> ranks = Files.readAllLines(report.resolve("ranks.csv"));
        assertEquals("experiment,probe,gallery,embedder,subject,rank,status", ranks.get(0));
        assertEquals(1 + 3 * methods * SUBJECTS, ranks.size());
    }

    @Test
    void ctToCtAcrossSessionsBeatsChanceClearly() {
        ExperimentReport best = synthetic.headlines().stream().filter(e -> e.name().equals("ct_to_ct")).findFirst()
                .orElseThrow();
        ExperimentReport shape = find(synthetic, "ct_to_ct", Method.SHAPE);
        double chance = 1.0 / SUBJECTS;
        double shapeTop1 = ExperimentMetrics.of(shape.identification(), shape.verification()).top1();
        // The phantom keeps each subject's face across sessions (new pose and weight), so the 3-D shape of a CT
        // face is identifying; half the probes at top-1 is four times chance.
        assertTrue(shapeTop1 >= 0.5, "shape top-1 " + shapeTop1 + " vs chance " + chance);
        assertTrue(best.identification().topK(1) >= shapeTop1, "the headline is the best method");
    }

    @Test
    void everyProbeIsRankedOrMissedWithAReason() {
        for (ExperimentReport e : synthetic.report().experiments()) {
            for (ProbeOutcome p : e.probes()) {
                if (p.rank() == IdentificationResult.MISSED) {
                    assertTrue(p.status().startsWith("probe: ") || p.status().startsWith("gallery: "), p.status());
                } else {
                    assertEquals("ok", p.status());
                }
            }
        }
        for (Failure f : synthetic.report().failures()) {
            assertTrue(f.stage().startsWith("face ("), "no stage failed, so only misses are listed: " + f);
        }
    }

    @Test
    void sameSeedSameNumbersWhateverTheThreads(@TempDir Path tmp) throws IOException {
        CohortSource source = new CohortSource.Synthetic(3, 5, 2, 0.35);
        ExperimentOptions one = ExperimentOptions.defaults(source, tmp.resolve("a")).withThreads(1);
        ExperimentOptions two = ExperimentOptions.defaults(source, tmp.resolve("b")).withThreads(2);
        new ExperimentRunner(one).apply(ProgressListener.NONE);
        new ExperimentRunner(two).apply(ProgressListener.NONE);
        assertEquals(Files.readString(tmp.resolve("a/metrics.json")), Files.readString(tmp.resolve("b/metrics.json")));
        assertEquals(Files.readString(tmp.resolve("a/ranks.csv")), Files.readString(tmp.resolve("b/ranks.csv")));
    }

    @Test
    void folderCohortPairsByPatientAndAFailedStudyIsARowWhileTheRestGoesOn(@TempDir Path tmp) throws IOException {
        Path cohort = tmp.resolve("cohort");
        CohortGenerator.apply(new CohortOptions(3, 2, 1, OutputFormat.NIFTI, cohort, 2, 0.3));
        // Subject 1's CT is replaced by a volume of air: there is no skin to find.
        Path broken = cohort.resolve("PHANTOM-0001/session-1/CT.nii.gz");
        float[] air = new float[40 * 40 * 20];
        java.util.Arrays.fill(air, -1000);
        NiftiWriter.write(new Volume(new VoxelGrid(40, 40, 20, Affine.axisAligned(new double[] {-100, -100, -50},
                5, 5, 5)), air, VoxelUnit.HU, Modality.CT), broken);

        ExperimentOptions options = new ExperimentOptions(
                new CohortSource.Folder(cohort, CohortSource.InputFormat.NIFTI),
                EnumSet.of(Method.SHAPE, Method.LANDMARKS), 2, tmp.resolve("report"), 1);
        ExperimentResult result = new ExperimentRunner(options).apply(ProgressListener.NONE);

        assertEquals(6, result.studies());
        assertEquals(1, result.failedStudies());
        Failure failure = result.report().failures().stream().filter(f -> !f.stage().startsWith("face"))
                .findFirst().orElseThrow();
        assertTrue(failure.subject().startsWith("P-"), "pseudonymous key, not the folder name: " + failure);
        assertTrue(failure.reason().startsWith("CT session 1: "), failure.reason());
        ExperimentReport petToCt = find(result, "pet_to_ct", Method.SHAPE);
        assertEquals(3, petToCt.probes().size(), "the subject without a CT face stays in the denominator");
        assertEquals(2, petToCt.galleryCount());
        ProbeOutcome missed = petToCt.probes().stream().filter(p -> p.subject().equals(failure.subject()))
                .findFirst().orElseThrow();
        assertEquals(IdentificationResult.MISSED, missed.rank());
        assertTrue(missed.status().startsWith("gallery: " + failure.stage() + " failed"), missed.status());
        assertTrue(Files.isRegularFile(tmp.resolve("report/report.html")));
    }

    private static ExperimentReport find(ExperimentResult result, String name, Method method) {
        return result.report().experiments().stream()
                .filter(e -> e.name().equals(name) && e.embedder().equals(method.id())).findFirst().orElseThrow();
    }

    /** The objects of the "experiments" list of metrics.json (each on one line, as the writer puts them). */
    private static List<String> objectsOf(String json) {
        int start = json.indexOf("\"experiments\": [");
        int end = json.indexOf("\"failures\"");
        Matcher m = Pattern.compile("(?m)^    \\{.*\\}").matcher(json.substring(start, end));
        return m.results().map(r -> r.group()).toList();
    }
}
