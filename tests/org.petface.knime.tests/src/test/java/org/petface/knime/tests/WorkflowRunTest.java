package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModel;

/**
 * Executes the synthetic example workflows node by node through the stub, as KNIME's batch application would, on a
 * smaller cohort (4 subjects at half resolution, 256-pixel renders) written to a temporary folder.
 */
class WorkflowRunTest {

    private static final Path WORKFLOWS = Path.of(System.getProperty("petface.workflows", "../../workflows"));

    private static final int SUBJECTS = 4;

    private static final String FACE_MATCHER = "org.petface.knime.matcher.FaceMatcherNodeFactory";

    private static final String SHAPE_MATCHER = "org.petface.knime.matcher.FaceShapeMatcherNodeFactory";

    /** A workflow's node outputs after "execute all". */
    private record Run(WorkflowGraph graph, Map<Integer, BufferedDataTable[]> out) {

        BufferedDataTable[] of(final String factory) throws Exception {
            for (final Map.Entry<Integer, KnimeConfig> node : graph.settings().entrySet()) {
                if (factory.equals(node.getValue().getString("factory"))) {
                    return out.get(node.getKey());
                }
            }
            throw new AssertionError("no " + factory);
        }

        /** Every report node wrote a page with its experiment's name, the renders and every probe. */
        void assertReports() throws Exception {
            int reports = 0;
            for (final Map.Entry<Integer, KnimeConfig> node : graph.settings().entrySet()) {
                if (!node.getValue().getString("factory").endsWith("ReidentificationReportNodeFactory")) {
                    continue;
                }
                final BufferedDataTable files = out.get(node.getKey())[0];
                final DataRow row = Tables.rows(files).get(0);
                final String html = Files.readString(Path.of(Tables.text(files, row, "Report")));
                final String experiment = node.getValue().config("model").getString("experiment");
                assertTrue(html.contains(experiment), "the report names the experiment " + experiment);
                assertTrue(html.contains("data:image/png;base64,"), "the report shows the renders");
                assertTrue(Files.readString(Path.of(Tables.text(files, row, "Metrics JSON")))
                    .contains("\"n_probes\": " + SUBJECTS));
                reports++;
            }
            assertEquals(2, reports);
        }
    }

    private static Run run(final String workflow, final Path folder) throws Exception {
        final WorkflowGraph graph = WorkflowGraph.read(WORKFLOWS.resolve(workflow));
        final Map<Integer, NodeModel> models = graph.load(graph.variables(), (id, model) -> {
            if (model.containsKey("subjects")) {
                model.addInt("subjects", SUBJECTS);
                model.addDouble("resolutionScale", 0.5);
            }
            if (model.containsKey("width")) {
                model.addInt("width", 256);
                model.addInt("height", 256);
            }
            if (model.containsKey("bootstrapReplicates")) {
                model.addInt("bootstrapReplicates", 100);
            }
            if (model.containsKey("outputFolder")) {
                model.addString("outputFolder", folder.resolve("node-" + id).toString());
            }
        });
        return new Run(graph, graph.execute(models));
    }

    private static double top1(final BufferedDataTable[] matcher) {
        assertEquals(SUBJECTS, matcher[0].size(), "one rank row per probe");
        return FaceMatcherNodeTest.metric(matcher[1], "Top-1");
    }

    @Test
    void theSyntheticPetCtWorkflowRunsFromCohortToReports(@TempDir final Path folder) throws Exception {
        final Run run = run("Synthetic PET-CT re-identification", folder);
        final double depth = top1(run.of(FACE_MATCHER));
        top1(run.of(SHAPE_MATCHER));
        assertTrue(depth >= 0.5, "the depth descriptor re-identifies PET faces well above chance (0.25): " + depth);
        run.assertReports();
    }

    @Test
    void theSessionsWorkflowMatchesSessionTwoAgainstSessionOne(@TempDir final Path folder) throws Exception {
        final Run run = run("CT-CT and PET-PET across sessions", folder);
        final double ct = top1(run.of(SHAPE_MATCHER));
        final double pet = top1(run.of(FACE_MATCHER));
        assertTrue(ct >= 0.75, "CT session 2 finds session 1 by shape: " + ct);
        assertTrue(pet >= 0.5, "PET session 2 finds session 1 by depth: " + pet);
        run.assertReports();
    }
}
