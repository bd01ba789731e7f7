package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/NodeSettingsRO.java
public interface NodeSettingsRO extends ConfigRO {

    NodeSettingsRO getNodeSettings(String key) throws InvalidSettingsException;
}
