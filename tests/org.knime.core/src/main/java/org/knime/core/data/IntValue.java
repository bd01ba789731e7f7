package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/IntValue.java (UTILITY factory left out)
public interface IntValue extends DataValue {

    int getIntValue();
}
