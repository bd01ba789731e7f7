package org.knime.node.parameters.persistence;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/persistence/Persistable.java
public interface Persistable {
}
