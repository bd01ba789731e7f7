package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.knime.core.node.NodeFactory;
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
        final KnimeConfig wf = KnimeConfig.read(workflow.resolve("workflow.knime"));
        assertEquals("workflow.knime", wf.getKey());
        checkFormat(wf);
        assertHasKeysOf(KnimeConfig.read(reference.resolve("workflow.knime")), wf, Set.of());
        assertTrue(Files.isRegularFile(workflow.resolve("workflowset.meta")));
        final Map<String, String> variables = workflowVariables(wf);
        final KnimeConfig referenceNode = KnimeConfig.read(reference.resolve("File Reader (#1)/settings.xml"));

        final Map<Integer, NodeModel> models = new TreeMap<>();
        final KnimeConfig nodes = wf.config("nodes");
        for (final String key : nodes.keySet()) {
            final KnimeConfig node = nodes.config(key);
            final int id = node.getInt("id");
            final String settingsFile = node.getString("node_settings_file");
            assertTrue(settingsFile.matches(".+ \\(#" + id + "\\)/settings\\.xml"), settingsFile);
            assertEquals("NativeNode", node.getString("node_type"));
            final KnimeConfig settings = KnimeConfig.read(workflow.resolve(settingsFile));
            checkFormat(settings);
            assertHasKeysOf(referenceNode, settings, Set.of("nodeAnnotation"));
            models.put(id, loadNode(settings, variables, settingsFile));
        }
        configureAlongConnections(wf.config("connections"), models);
        pack(workflow);
    }

    private static NodeModel loadNode(final KnimeConfig settings, final Map<String, String> variables,
        final String file) throws Exception {
        final String factoryName = settings.getString("factory");
        assertTrue(factoryName.startsWith("org.petface.knime."), file + ": not one of our nodes: " + factoryName);
        assertEquals("org.petface.knime", settings.getString("node-bundle-symbolic-name"), file);
        assertEquals("org.petface.feature", settings.getString("node-feature-symbolic-name"), file);
        final NodeFactory<?> factory =
            (NodeFactory<?>)Class.forName(factoryName).getDeclaredConstructor().newInstance();
        final KnimeConfig model = settings.config("model");
        if (settings.containsKey("variables")) {
            applyVariables(settings.config("variables").config("tree"), model, variables, file);
        }
        final NodeModel node = factory.createNodeModel();
        NodeHarness.loadSettings(node, model);
        final KnimeConfig saved = new KnimeConfig("model");
        NodeHarness.saveSettings(node, saved);
        assertEquals(saved.keySet(), model.keySet(), file + ": model settings differ from what the node saves");
        return node;
    }

    /** As KNIME does on load: a model entry bound to a workflow variable takes the variable's value. */
    private static void applyVariables(final KnimeConfig tree, final KnimeConfig model,
        final Map<String, String> variables, final String file) throws Exception {
        for (final String key : tree.keySet()) {
            final String variable = tree.config(key).getString("used_variable");
            assertTrue(variables.containsKey(variable), file + ": unknown workflow variable " + variable);
            assertEquals("xstring", model.entry(key).type(), file + ": " + key + " is not a string option");
            model.addString(key, variables.get(variable));
        }
    }

    private static Map<String, String> workflowVariables(final KnimeConfig wf) throws Exception {
        final Map<String, String> variables = new HashMap<>();
        if (wf.containsKey("workflow_variables")) {
            final KnimeConfig all = wf.config("workflow_variables");
            for (final String key : all.keySet()) {
                final KnimeConfig v = all.config(key);
                assertEquals("STRING", v.getString("class"));
                variables.put(v.getString("name"), v.getString("value"));
            }
        }
        return variables;
    }

    /** Each connection joins an existing output port to an existing input port whose node accepts the spec. */
    private static void configureAlongConnections(final KnimeConfig connections, final Map<Integer, NodeModel> models)
        throws Exception {
        // per node: input port -> {source node, source port}
        final Map<Integer, Map<Integer, int[]>> inputs = new HashMap<>();
        for (final String key : connections.keySet()) {
            final KnimeConfig c = connections.config(key);
            final int source = c.getInt("sourceID");
            final int dest = c.getInt("destID");
            final int sourcePort = c.getInt("sourcePort");
            final int destPort = c.getInt("destPort");
            assertNotNull(models.get(source), key + ": no node " + source);
            assertNotNull(models.get(dest), key + ": no node " + dest);
            assertTrue(sourcePort >= 1 && sourcePort <= NodeHarness.outPorts(models.get(source)), key);
            assertTrue(destPort >= 1 && destPort <= NodeHarness.inPorts(models.get(dest)), key);
            assertEquals(null, inputs.computeIfAbsent(dest, d -> new HashMap<>()).put(destPort - 1, new int[]{source, sourcePort - 1}),
                key + ": input port " + destPort + " of node " + dest + " is connected twice");
        }
        final Map<Integer, PortObjectSpec[]> outSpecs = new HashMap<>();
        final Set<Integer> pending = new HashSet<>(models.keySet());
        while (!pending.isEmpty()) {
            final List<Integer> ready = new ArrayList<>();
            for (final int id : pending) {
                if (inputs.getOrDefault(id, Map.of()).values().stream().allMatch(s -> outSpecs.containsKey(s[0]))) {
                    ready.add(id);
                }
            }
            assertFalse(ready.isEmpty(), "connections form a cycle among " + pending);
            for (final int id : ready) {
                final NodeModel model = models.get(id);
                final PortObjectSpec[] in = new PortObjectSpec[NodeHarness.inPorts(model)];
                inputs.getOrDefault(id, Map.of()).forEach((port, source) -> in[port] = outSpecs.get(source[0])[source[1]]);
                final PortObjectSpec[] out = NodeHarness.configure(model, in);
                for (final PortObjectSpec spec : out) {
                    assertTrue(spec instanceof DataTableSpec, "node " + id + " gives a table spec on every port");
                }
                outSpecs.put(id, out);
                pending.remove(id);
            }
        }
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

    /** target/knwf/NAME.knwf: the workflow folder zipped under its own name, as KNIME exports it. */
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
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertNotNull(zip.getEntry(workflow.getFileName() + "/workflow.knime"), archive.toString());
            assertEquals(files.size(), zip.size());
        }
    }
}
