package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/NodeSettingsWO.java
public interface NodeSettingsWO extends ConfigWO {

    NodeSettingsWO addNodeSettings(String key);
}
