package org.knime.node.parameters;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.persistence.Persistable;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/NodeParameters.java
public interface NodeParameters extends Persistable, WidgetGroup {

    default void validate() throws InvalidSettingsException {
        // nothing to check by default, as in the real interface
    }
}
