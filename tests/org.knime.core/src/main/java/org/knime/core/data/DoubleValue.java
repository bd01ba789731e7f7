package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DoubleValue.java (UTILITY factory left out)
public interface DoubleValue extends DataValue {

    double getDoubleValue();
}
