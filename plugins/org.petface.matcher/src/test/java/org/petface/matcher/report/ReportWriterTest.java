package org.petface.matcher.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.matcher.Bootstrap;
import org.petface.matcher.BootstrapOptions;
import org.petface.matcher.Identification;
import org.petface.matcher.IdentificationResult;
import org.petface.matcher.ProbeScores;
import org.petface.matcher.SimilarityMatrix;
import org.petface.matcher.Verification;

class ReportWriterTest {

    @TempDir
    Path dir;

    private static ExperimentReport experiment(String embedder, float genuineBoost) {
        int n = 6;
        List<String> ids = List.of("PHANTOM-0001", "PHANTOM-0002", "PHANTOM-0003", "PHANTOM-0004", "PHANTOM-0005",
                "PHANTOM-0006");
        float[] s = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i * n + j] = ((i * 5 + j * 3) % 7) / 7f + (i == j ? genuineBoost : 0);
            }
        }
        SimilarityMatrix m = new SimilarityMatrix(n, n, s);
        IdentificationResult id = Identification.apply(m, ids, ids).withMissedProbes(1);
        ProbeScores scores = ProbeScores.from(m, ids, ids).withMissedProbes(1);
        List<ProbeOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outcomes.add(new ProbeOutcome(ids.get(i), id.ranks()[i], "ok"));
        }
        outcomes.add(new ProbeOutcome("PHANTOM-0007", IdentificationResult.MISSED, "no face found"));
        return new ExperimentReport("pet_to_ct", "PET session 1", "CT session 1", embedder, n, outcomes, id,
                Verification.apply(scores), Bootstrap.apply(id, scores, new BootstrapOptions(200, 3, 0.95)));
    }

    private static byte[] png(int grey) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                image.getRaster().setSample(x, y, 0, (grey + x * 8) & 0xFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private ReportFiles writeReport() throws IOException {
        ReportModel model = new ReportModel("petface re-identification \"test\" <report>",
                new CohortSummary("synthetic phantom cohort, seed 7", Map.of("subjects", "7")),
                List.of(experiment("deep", 0f), experiment("shape", 1f)),
                List.of(new SubjectRenders("PHANTOM-0001", png(40), "PET", png(90), "CT"),
                        new SubjectRenders("PHANTOM-0007", null, "PET", png(90), "CT")),
                List.of(new Failure("PHANTOM-0007", "embed", "no face found\n\"quoted\" <b>\u0001")));
        return ReportWriter.write(model, dir);
    }

    @Test
    @SuppressWarnings("unchecked")
    void metricsJsonParsesAndHasTheRequiredKeys() throws IOException {
        ReportFiles files = writeReport();
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(Files.readString(files.metricsJson()));
        List<Object> experiments = (List<Object>) root.get("experiments");
        assertEquals(2, experiments.size());
        for (Object o : experiments) {
            Map<String, Object> e = (Map<String, Object>) o;
            for (String key : List.of("name", "probe", "gallery", "embedder", "n_probes", "n_gallery", "top1", "top5",
                    "top10", "auc", "eer", "ci95")) {
                assertTrue(e.containsKey(key), "missing " + key);
            }
            assertEquals(7.0, e.get("n_probes"));
            assertEquals(6.0, e.get("n_gallery"));
            Map<String, Object> ci = (Map<String, Object>) e.get("ci95");
            for (String metric : List.of("top1", "top5", "top10", "auc", "eer")) {
                List<Object> bounds = (List<Object>) ci.get(metric);
                assertEquals(2, bounds.size(), metric);
                assertTrue((Double) bounds.get(0) <= (Double) bounds.get(1), metric);
            }
        }
        Map<String, Object> shape = (Map<String, Object>) experiments.get(1);
        assertEquals(6.0 / 7, (Double) shape.get("top1"), 1e-12, "the genuine boost ranks all found faces first");
        assertEquals(Boolean.TRUE, shape.get("headline"));
        assertEquals(Boolean.FALSE, ((Map<String, Object>) experiments.get(0)).get("headline"));
        Map<String, Object> failure = (Map<String, Object>) ((List<Object>) root.get("failures")).get(0);
        assertEquals("no face found\n\"quoted\" <b>\u0001", failure.get("reason"));
    }

    @Test
    void ranksCsvHasOneRowPerProbeAndExperiment() throws IOException {
        List<String> lines = Files.readAllLines(writeReport().ranksCsv());
        assertEquals("experiment,probe,gallery,embedder,subject,rank,status", lines.get(0));
        assertEquals(1 + 2 * 7, lines.size());
        assertEquals("pet_to_ct,PET session 1,CT session 1,shape,PHANTOM-0001,1,ok", lines.get(8));
        assertEquals("pet_to_ct,PET session 1,CT session 1,shape,PHANTOM-0007,,no face found", lines.get(14));
    }

    @Test
    void htmlIsSelfContainedAndEscaped() throws IOException {
        String html = Files.readString(writeReport().html());
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.matches("(?s).*(src|href)=\"(?!data:)[^\"]*\".*"), "no external resources");
        assertTrue(html.contains("src=\"data:image/png;base64,"));
        assertTrue(html.contains("&quot;quoted&quot; &lt;b&gt;"));
        assertFalse(html.contains("<b>\u0001"));
    }

    @Test
    void headlessChromiumRendersTheTableAndThePlot() throws Exception {
        String chromium = findChromium();
        ReportFiles files = writeReport();
        Path profile = Files.createDirectory(dir.resolve("chromium-profile"));
        Path screenshot = dir.resolve("report.png");
        String dom = runChromium(chromium, profile, List.of("--dump-dom"), files.html());
        runChromium(chromium, profile, List.of("--screenshot=" + screenshot, "--window-size=1000,1400"), files.html());
        assertTrue(dom.contains("<table class=\"metrics\" data-experiment=\"pet_to_ct\">"), "metrics table in the DOM");
        assertTrue(dom.contains("<td class=\"text\">shape (headline)</td>"), "headline row in the DOM");
        assertEquals(2, dom.split("class=\"cmc-curve\"", -1).length - 1, "one CMC polyline per method");
        assertTrue(dom.contains("<svg class=\"cmc\""), "the CMC plot in the DOM");
        BufferedImage shot = ImageIO.read(screenshot.toFile());
        assertTrue(shot != null && shot.getWidth() > 0, "chromium wrote a screenshot");
        assertTrue(hasColour(shot, 0x1f, 0x77, 0xb4) && hasColour(shot, 0xd6, 0x27, 0x28),
                "both CMC curves are painted");
    }

    private static boolean hasColour(BufferedImage image, int r, int g, int b) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - r) < 12 && Math.abs(((rgb >> 8) & 0xFF) - g) < 12
                        && Math.abs((rgb & 0xFF) - b) < 12) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String findChromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        fail("headless Chromium is needed for this test and was not found at /usr/bin/chromium; install it with "
                + "scripts/setup.sh --with-test-data (Debian package 'chromium')");
        return null;
    }

    private static String runChromium(String chromium, Path profile, List<String> action, Path html)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(action);
        command.add(html.toUri().toString());
        Path log = Files.createTempFile(profile, "chromium", ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within 60 s");
        }
        assertEquals(0, process.exitValue(), "chromium failed: " + Files.readString(log));
        return new String(out, StandardCharsets.UTF_8);
    }
}
