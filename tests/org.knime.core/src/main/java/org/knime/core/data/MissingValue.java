package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/MissingValue.java
public interface MissingValue extends DataValue {

    String getError();
}
