package org.knime.core.node.port;

import javax.swing.JComponent;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/port/PortObject.java
public interface PortObject {

    // Real values come from KNIME's PortTypeRegistry at run time.
    PortType TYPE = null;

    PortType TYPE_OPTIONAL = null;

    String getSummary();

    PortObjectSpec getSpec();

    JComponent[] getViews();
}
