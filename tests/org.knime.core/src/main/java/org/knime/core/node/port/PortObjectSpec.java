package org.knime.core.node.port;

import javax.swing.JComponent;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/port/PortObjectSpec.java
public interface PortObjectSpec {

    JComponent[] getViews();
}
