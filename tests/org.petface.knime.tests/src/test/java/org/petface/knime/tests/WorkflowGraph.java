package org.petface.knime.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;

/**
 * A workflow folder as KNIME loads it: workflow.knime, each node's settings.xml and the connections. Loads the
 * settings into our node models (workflow variables applied, as KNIME does), then configures or executes the nodes
 * in connection order through the stub.
 */
final class WorkflowGraph {

    /** The output port (0-based) of a node that feeds an input port. */
    record Source(int node, int port) {
    }

    private final KnimeConfig m_workflow;

    private final Map<Integer, KnimeConfig> m_settings;

    private final Map<Integer, String> m_settingsFiles;

    /** Per node: input port (0-based) -> its source. */
    private final Map<Integer, Map<Integer, Source>> m_inputs;

    private WorkflowGraph(final KnimeConfig workflow, final Map<Integer, KnimeConfig> settings,
        final Map<Integer, String> settingsFiles, final Map<Integer, Map<Integer, Source>> inputs) {
        m_workflow = workflow;
        m_settings = settings;
        m_settingsFiles = settingsFiles;
        m_inputs = inputs;
    }

    static WorkflowGraph read(final Path folder) throws Exception {
        final KnimeConfig workflow = KnimeConfig.read(folder.resolve("workflow.knime"));
        final Map<Integer, KnimeConfig> settings = new TreeMap<>();
        final Map<Integer, String> files = new TreeMap<>();
        final KnimeConfig nodes = workflow.config("nodes");
        for (final String key : nodes.keySet()) {
            final KnimeConfig node = nodes.config(key);
            final int id = node.getInt("id");
            files.put(id, node.getString("node_settings_file"));
            settings.put(id, KnimeConfig.read(folder.resolve(files.get(id))));
        }
        final Map<Integer, Map<Integer, Source>> inputs = new HashMap<>();
        final KnimeConfig connections = workflow.config("connections");
        for (final String key : connections.keySet()) {
            final KnimeConfig c = connections.config(key);
            final int dest = c.getInt("destID");
            final Source previous = inputs.computeIfAbsent(dest, d -> new HashMap<>()).put(c.getInt("destPort") - 1,
                new Source(c.getInt("sourceID"), c.getInt("sourcePort") - 1));
            if (previous != null) {
                throw new InvalidSettingsException(key + ": input port " + c.getInt("destPort") + " of node " + dest
                    + " is connected twice");
            }
        }
        return new WorkflowGraph(workflow, settings, files, inputs);
    }

    KnimeConfig workflow() {
        return m_workflow;
    }

    /** Node id -> its settings.xml. */
    Map<Integer, KnimeConfig> settings() {
        return m_settings;
    }

    String settingsFile(final int node) {
        return m_settingsFiles.get(node);
    }

    /** Node id -> input port -> source. */
    Map<Integer, Map<Integer, Source>> inputs() {
        return m_inputs;
    }

    /** The workflow variables (all strings in our workflows) by name. */
    Map<String, String> variables() throws InvalidSettingsException {
        final Map<String, String> variables = new LinkedHashMap<>();
        if (m_workflow.containsKey("workflow_variables")) {
            final KnimeConfig all = m_workflow.config("workflow_variables");
            for (final String key : all.keySet()) {
                final KnimeConfig v = all.config(key);
                if (!"STRING".equals(v.getString("class"))) {
                    throw new InvalidSettingsException("workflow variable " + key + " is not a string");
                }
                variables.put(v.getString("name"), v.getString("value"));
            }
        }
        return variables;
    }

    /**
     * Creates every node's model from its factory and loads its model settings, after applying the workflow
     * variables they use and then {@code adjust} (node id, model settings), e.g. to point outputs at a test folder.
     */
    Map<Integer, NodeModel> load(final Map<String, String> variables, final BiConsumer<Integer, KnimeConfig> adjust)
        throws Exception {
        final Map<Integer, NodeModel> models = new TreeMap<>();
        for (final Map.Entry<Integer, KnimeConfig> node : m_settings.entrySet()) {
            final KnimeConfig settings = node.getValue();
            final KnimeConfig model = settings.config("model");
            if (settings.containsKey("variables")) {
                final KnimeConfig tree = settings.config("variables").config("tree");
                for (final String key : tree.keySet()) {
                    final String variable = tree.config(key).getString("used_variable");
                    if (!variables.containsKey(variable)) {
                        throw new InvalidSettingsException(settingsFile(node.getKey()) + ": unknown workflow variable "
                            + variable);
                    }
                    model.addString(key, variables.get(variable));
                }
            }
            adjust.accept(node.getKey(), model);
            final NodeFactory<?> factory = (NodeFactory<?>)Class.forName(settings.getString("factory"))
                .getDeclaredConstructor().newInstance();
            final NodeModel nodeModel = factory.createNodeModel();
            NodeHarness.loadSettings(nodeModel, model);
            models.put(node.getKey(), nodeModel);
        }
        return models;
    }

    /** The node ids in an order in which every node comes after the nodes that feed it. */
    List<Integer> order() throws InvalidSettingsException {
        final List<Integer> order = new ArrayList<>();
        final List<Integer> pending = new ArrayList<>(m_settings.keySet());
        while (!pending.isEmpty()) {
            final List<Integer> ready = pending.stream().filter(id -> m_inputs.getOrDefault(id, Map.of()).values()
                .stream().allMatch(s -> order.contains(s.node()))).toList();
            if (ready.isEmpty()) {
                throw new InvalidSettingsException("connections form a cycle among " + pending);
            }
            order.addAll(ready);
            pending.removeAll(ready);
        }
        return order;
    }

    /** Configures every node with its sources' output specs; unconnected (optional) ports get null. */
    Map<Integer, PortObjectSpec[]> configure(final Map<Integer, NodeModel> models) throws Exception {
        final Map<Integer, PortObjectSpec[]> out = new HashMap<>();
        for (final int id : order()) {
            final NodeModel model = models.get(id);
            final PortObjectSpec[] in = new PortObjectSpec[NodeHarness.inPorts(model)];
            m_inputs.getOrDefault(id, Map.of()).forEach((port, source) -> in[port] = out.get(source.node())[source.port()]);
            out.put(id, NodeHarness.configure(model, in));
        }
        return out;
    }

    /** Executes every node on its sources' output tables, as KNIME's "execute all" does. */
    Map<Integer, BufferedDataTable[]> execute(final Map<Integer, NodeModel> models) throws Exception {
        final Map<Integer, BufferedDataTable[]> out = new HashMap<>();
        for (final int id : order()) {
            final NodeModel model = models.get(id);
            final BufferedDataTable[] in = new BufferedDataTable[NodeHarness.inPorts(model)];
            m_inputs.getOrDefault(id, Map.of()).forEach((port, source) -> in[port] = out.get(source.node())[source.port()]);
            out.put(id, NodeHarness.executeAll(model, NodeHarness.newExecutionContext(), in));
        }
        return out;
    }
}
