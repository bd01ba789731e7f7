package org.knime.core.data;

import java.util.List;
import java.util.Objects;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataColumnSpec.java
// Test-harness behaviour: name, type and element names only (no domain, properties, colour or size handlers).
public final class DataColumnSpec {

    private final String m_name;

    private final DataType m_type;

    private final List<String> m_elementNames;

    // Package-private like the real constructors; specs come from DataColumnSpecCreator.
    DataColumnSpec(final String name, final DataType type, final List<String> elementNames) {
        m_name = Objects.requireNonNull(name, "column name");
        m_type = Objects.requireNonNull(type, "column type");
        m_elementNames = List.copyOf(elementNames);
    }

    public String getName() {
        return m_name;
    }

    public List<String> getElementNames() {
        return m_elementNames.isEmpty() ? List.of(m_name) : m_elementNames;
    }

    public DataType getType() {
        return m_type;
    }

    public boolean isCompatibleWith(final DataColumnSpec cspec) {
        return m_type.isASuperTypeOf(cspec.getType());
    }

    public boolean equalStructure(final DataColumnSpec cspec) {
        return cspec != null && m_name.equals(cspec.m_name) && m_type.equals(cspec.m_type);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DataColumnSpec c && equalStructure(c) && c.m_elementNames.equals(m_elementNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_name, m_type);
    }

    @Override
    public String toString() {
        return m_name + " (" + m_type + ")";
    }
}
