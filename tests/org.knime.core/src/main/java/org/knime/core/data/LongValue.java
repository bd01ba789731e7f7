package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/LongValue.java (UTILITY factory left out)
public interface LongValue extends DataValue {

    long getLongValue();
}
