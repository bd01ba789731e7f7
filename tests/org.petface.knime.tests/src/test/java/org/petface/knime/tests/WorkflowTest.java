package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Every workflow under workflows/: KNIME's config XML as in the reference workflow saved by KNIME 5.1, factories of
 * our bundle, settings that load into the node models (after applying the workflow variables they use), and
 * connections whose ports exist and whose specs the downstream node accepts at configure time. Packs each workflow
 * into target/knwf/NAME.knwf, the archive KNIME imports.
 */
class WorkflowTest {

    private static final Set<String> ENTRY_TYPES =
        Set.of("xstring", "xint", "xlong", "xdouble", "xfloat", "xboolean", "xchar", "xshort", "xbyte");

    private static final Path WORKFLOWS = Path.of(System.getProperty("petface.workflows", "../../workflows"));

    @TestFactory
    Stream<DynamicTest> everyWorkflow() throws IOException {
        final List<Path> workflows;
        try (Stream<Path> dirs = Files.list(WORKFLOWS)) {
            workflows = dirs.filter(d -> Files.isRegularFile(d.resolve("workflow.knime"))).sorted().toList();
        }
        assertFalse(workflows.isEmpty(), "no workflow under " + WORKFLOWS.toAbsolutePath());
        return workflows.stream().map(w -> DynamicTest.dynamicTest(w.getFileName().toString(), () -> check(w)));
    }

    private static void check(final Path workflow) throws Exception {
        final Path reference = NodeRegistrationTest.knimeReference().resolve("example-workflow-5.1");
        final WorkflowGraph graph = WorkflowGraph.read(workflow);
        final KnimeConfig wf = graph.workflow();
        assertEquals("workflow.knime", wf.getKey());
        checkFormat(wf);
        assertHasKeysOf(KnimeConfig.read(reference.resolve("workflow.knime")), wf, Set.of());
        assertTrue(Files.isRegularFile(workflow.resolve("workflowset.meta")));
        final KnimeConfig referenceNode = KnimeConfig.read(reference.resolve("File Reader (#1)/settings.xml"));
        final KnimeConfig nodes = wf.config("nodes");
        for (final String key : nodes.keySet()) {
            assertEquals("NativeNode", nodes.config(key).getString("node_type"));
        }
        for (final Map.Entry<Integer, KnimeConfig> node : graph.settings().entrySet()) {
            final String file = graph.settingsFile(node.getKey());
            assertTrue(file.matches(".+ \\(#" + node.getKey() + "\\)/settings\\.xml"), file);
            final KnimeConfig settings = node.getValue();
            checkFormat(settings);
            assertHasKeysOf(referenceNode, settings, Set.of("nodeAnnotation"));
            assertTrue(settings.getString("factory").startsWith("org.petface.knime."),
                file + ": not one of our nodes: " + settings.getString("factory"));
            assertEquals("org.petface.knime", settings.getString("node-bundle-symbolic-name"), file);
            assertEquals("org.petface.feature", settings.getString("node-feature-symbolic-name"), file);
            if (settings.containsKey("variables")) {
                final KnimeConfig tree = settings.config("variables").config("tree");
                for (final String option : tree.keySet()) {
                    assertEquals("xstring", settings.config("model").entry(option).type(),
                        file + ": " + option + " is not a string option");
                }
            }
        }
        final Map<Integer, NodeModel> models = graph.load(graph.variables(), (id, model) -> { });
        for (final Map.Entry<Integer, NodeModel> node : models.entrySet()) {
            final KnimeConfig saved = new KnimeConfig("model");
            NodeHarness.saveSettings(node.getValue(), saved);
            assertEquals(saved.keySet(), graph.settings().get(node.getKey()).config("model").keySet(),
                graph.settingsFile(node.getKey()) + ": model settings differ from what the node saves");
        }
        checkPorts(graph, models);
        for (final Map.Entry<Integer, PortObjectSpec[]> node : graph.configure(models).entrySet()) {
            for (final PortObjectSpec spec : node.getValue()) {
                assertTrue(spec instanceof DataTableSpec, "node " + node.getKey() + " gives a table spec on every port");
            }
        }
        pack(workflow);
    }

    /** Each connection joins an existing output port to an existing input port. */
    private static void checkPorts(final WorkflowGraph graph, final Map<Integer, NodeModel> models) {
        graph.inputs().forEach((dest, ports) -> ports.forEach((port, source) -> {
            assertNotNull(models.get(source.node()), "no node " + source.node());
            assertNotNull(models.get(dest), "no node " + dest);
            assertTrue(source.port() < NodeHarness.outPorts(models.get(source.node())), "output port of " + source);
            assertTrue(port < NodeHarness.inPorts(models.get(dest)), "input port " + (port + 1) + " of node " + dest);
        }));
    }

    private static void checkFormat(final KnimeConfig config) throws Exception {
        for (final Map.Entry<String, Object> child : config.children().entrySet()) {
            if (child.getValue() instanceof KnimeConfig sub) {
                checkFormat(sub);
                continue;
            }
            final KnimeConfig.Entry e = (KnimeConfig.Entry)child.getValue();
            assertTrue(ENTRY_TYPES.contains(e.type()), child.getKey() + ": type " + e.type());
            if (e.value() != null) {
                switch (e.type()) {
                    case "xint" -> Integer.parseInt(e.value());
                    case "xlong" -> Long.parseLong(e.value());
                    case "xdouble" -> Double.parseDouble(e.value());
                    case "xboolean" -> assertTrue(Set.of("true", "false").contains(e.value()), child.getKey());
                    default -> { }
                }
            }
        }
    }

    private static void assertHasKeysOf(final KnimeConfig reference, final KnimeConfig actual,
        final Set<String> optional) {
        for (final String key : reference.keySet()) {
            if (!optional.contains(key) && !key.equals("nodes") && !key.equals("connections")) {
                assertTrue(actual.containsKey(key), actual.getKey() + " lacks \"" + key + "\" that KNIME writes");
            }
        }
    }

    /**
     * Packs the folder as target/knwf/NAME.knwf (the folder zipped under its own name, as KNIME exports it) and checks
     * that the archive shipped beside it, workflows/NAME.knwf, holds the same files; -Dpetface.updateKnwf=true
     * replaces the shipped archive after a change to the workflow.
     */
    private static void pack(final Path workflow) throws IOException {
        final Path archive = Path.of("target", "knwf", workflow.getFileName() + ".knwf");
        Files.createDirectories(archive.getParent());
        final List<Path> files;
        try (Stream<Path> walk = Files.walk(workflow)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (final Path f : files) {
                final String name = workflow.getFileName() + "/"
                    + workflow.relativize(f).toString().replace('\\', '/');
                final ZipEntry entry = new ZipEntry(name);
                entry.setTime(0);
                zip.putNextEntry(entry);
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        final Map<String, byte[]> packed = entries(archive);
        assertNotNull(packed.get(workflow.getFileName() + "/workflow.knime"), archive.toString());
        assertEquals(files.size(), packed.size());
        final Path shipped = workflow.resolveSibling(workflow.getFileName() + ".knwf");
        if (Boolean.getBoolean("petface.updateKnwf")) {
            Files.copy(archive, shipped, StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(Files.isRegularFile(shipped), shipped + " is missing: run this test with -Dpetface.updateKnwf=true");
        final Map<String, byte[]> inShipped = entries(shipped);
        assertEquals(packed.keySet(), inShipped.keySet(), shipped + " lists other files than the workflow folder");
        for (final Map.Entry<String, byte[]> e : packed.entrySet()) {
            assertArrayEquals(e.getValue(), inShipped.get(e.getKey()),
                shipped + ": " + e.getKey() + " is out of date; run this test with -Dpetface.updateKnwf=true");
        }
    }

    private static Map<String, byte[]> entries(final Path archive) throws IOException {
        final Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (final ZipEntry e : Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return entries;
    }
}
