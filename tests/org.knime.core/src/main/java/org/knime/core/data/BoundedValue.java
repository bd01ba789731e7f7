package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/BoundedValue.java
public interface BoundedValue extends DataValue {
}
