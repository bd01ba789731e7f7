package org.knime.node.parameters.updates;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/updates/ParameterReference.java
public interface ParameterReference<V> {
}
