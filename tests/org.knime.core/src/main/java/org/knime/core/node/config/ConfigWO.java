package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/config/ConfigWO.java
public interface ConfigWO extends ConfigBaseWO {
}
