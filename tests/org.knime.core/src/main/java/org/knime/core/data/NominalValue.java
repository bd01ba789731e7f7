package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/NominalValue.java (UTILITY field left out)
public interface NominalValue extends DataValue {
}
