package org.knime.core.data;

import java.util.Objects;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/RowKey.java
public final class RowKey implements RowKeyValue {

    private final String m_id;

    public RowKey(final String id) {
        m_id = Objects.requireNonNull(id, "row id");
    }

    @Override
    public String getString() {
        return m_id;
    }

    public static RowKey createRowKey(final long rowIndex) {
        return new RowKey("Row" + rowIndex);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof RowKey k && k.m_id.equals(m_id);
    }

    @Override
    public int hashCode() {
        return m_id.hashCode();
    }

    @Override
    public String toString() {
        return m_id;
    }
}
