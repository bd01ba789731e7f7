package org.petface.knime.tests;

import java.nio.file.Path;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.petface.knime.cohort.CohortNodeFactory;

/** Runs the cohort node with small settings, as a test input for the other nodes. */
final class NodeFixtures {

    private NodeFixtures() {
    }

    static KnimeConfig cohortSettings(final Path folder, final String format) {
        final KnimeConfig s = new KnimeConfig("model");
        s.addString("outputFolder", folder.toString());
        s.addInt("subjects", 2);
        s.addInt("sessions", 1);
        s.addLong("seed", 7);
        s.addString("format", format);
        s.addDouble("resolutionScale", 0.25);
        return s;
    }

    static BufferedDataTable cohort(final Path folder, final String format) throws Exception {
        final NodeModel model = new CohortNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, cohortSettings(folder, format));
        return NodeHarness.execute(model, NodeHarness.newExecutionContext());
    }

    static KnimeConfig readerSettings(final String folder, final String pathColumn) {
        final KnimeConfig s = new KnimeConfig("model");
        s.addString("folder", folder);
        s.addString("pathColumn", pathColumn);
        s.addBoolean("recursive", true);
        return s;
    }
}
