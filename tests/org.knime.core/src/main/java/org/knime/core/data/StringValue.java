package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/StringValue.java (UTILITY factory left out)
public interface StringValue extends DataValue {

    String getStringValue();
}
