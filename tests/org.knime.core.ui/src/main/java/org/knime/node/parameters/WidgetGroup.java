package org.knime.node.parameters;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/WidgetGroup.java
public interface WidgetGroup {
}
