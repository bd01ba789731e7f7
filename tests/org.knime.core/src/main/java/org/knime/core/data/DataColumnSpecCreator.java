package org.knime.core.data;

import java.util.List;
import java.util.Objects;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataColumnSpecCreator.java
public final class DataColumnSpecCreator {

    private String m_name;

    private DataType m_type;

    private List<String> m_elementNames = List.of();

    public DataColumnSpecCreator(final String name, final DataType type) {
        setName(name);
        setType(type);
    }

    public DataColumnSpecCreator(final DataColumnSpec cspec) {
        this(cspec.getName(), cspec.getType());
        m_elementNames = cspec.getElementNames();
    }

    public void setName(final String name) {
        m_name = Objects.requireNonNull(name, "column name").trim();
        if (m_name.isEmpty()) {
            throw new IllegalArgumentException("Column name must not be empty.");
        }
    }

    public void setElementNames(final String[] elNames) {
        m_elementNames = List.of(elNames);
    }

    public void setType(final DataType type) {
        m_type = Objects.requireNonNull(type, "column type");
    }

    public DataType getType() {
        return m_type;
    }

    public DataColumnSpec createSpec() {
        return new DataColumnSpec(m_name, m_type, m_elementNames);
    }
}
