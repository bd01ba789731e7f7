package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseRO;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/config/ConfigRO.java (TreeNode supertype left out)
public interface ConfigRO extends ConfigBaseRO, Iterable<String> {
}
