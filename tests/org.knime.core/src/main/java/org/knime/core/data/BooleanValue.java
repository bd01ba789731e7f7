package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/BooleanValue.java (UTILITY factory left out)
public interface BooleanValue extends DataValue {

    boolean getBooleanValue();
}
