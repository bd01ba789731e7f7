package org.knime.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataTableSpec.java
// Test-harness behaviour: an ordered list of column specs with unique names.
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    private final String m_name;

    private final List<DataColumnSpec> m_columns;

    public DataTableSpec() {
        this("default");
    }

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this("default", colSpecs);
    }

    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        this(spec1.getName() + "+" + spec2.getName(),
            Stream.concat(spec1.stream(), spec2.stream()).toArray(DataColumnSpec[]::new));
    }

    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        m_name = name;
        m_columns = List.of(colSpecs);
        final Set<String> names = new HashSet<>();
        for (final DataColumnSpec c : m_columns) {
            if (!names.add(c.getName())) {
                throw new IllegalArgumentException("Duplicate column name \"" + c.getName() + "\"");
            }
        }
    }

    public DataTableSpec(final String[] names, final DataType[] types) {
        this("default", columns(names, types));
    }

    private static DataColumnSpec[] columns(final String[] names, final DataType[] types) {
        if (names.length != types.length) {
            throw new IllegalArgumentException("names and types differ in length");
        }
        final DataColumnSpec[] columns = new DataColumnSpec[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = new DataColumnSpecCreator(names[i], types[i]).createSpec();
        }
        return columns;
    }

    public int[] columnsToIndices(final String... columns) {
        final int[] indices = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            indices[i] = findColumnIndex(columns[i]);
            if (indices[i] < 0) {
                throw new IllegalArgumentException("Column \"" + columns[i] + "\" not found");
            }
        }
        return indices;
    }

    public boolean containsCompatibleType(final Class<? extends DataValue> valueClass) {
        return m_columns.stream().anyMatch(c -> c.getType().isCompatible(valueClass));
    }

    public boolean containsName(final String columnName) {
        return findColumnIndex(columnName) >= 0;
    }

    public boolean equalStructure(final DataTableSpec spec) {
        if (spec == null || spec.getNumColumns() != getNumColumns()) {
            return false;
        }
        for (int i = 0; i < getNumColumns(); i++) {
            if (!getColumnSpec(i).equalStructure(spec.getColumnSpec(i))) {
                return false;
            }
        }
        return true;
    }

    public int findColumnIndex(final String columnName) {
        for (int i = 0; i < m_columns.size(); i++) {
            if (m_columns.get(i).getName().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }

    public final String[] getColumnNames() {
        return m_columns.stream().map(DataColumnSpec::getName).toArray(String[]::new);
    }

    public DataColumnSpec getColumnSpec(final int index) {
        return m_columns.get(index);
    }

    public DataColumnSpec getColumnSpec(final String column) {
        final int index = findColumnIndex(column);
        return index < 0 ? null : m_columns.get(index);
    }

    public String getName() {
        return m_name;
    }

    public int getNumColumns() {
        return m_columns.size();
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return m_columns.iterator();
    }

    public Stream<DataColumnSpec> stream() {
        return m_columns.stream();
    }

    public static String getUniqueColumnName(final DataTableSpec spec, final String columnName) {
        if (spec == null || !spec.containsName(columnName)) {
            return columnName;
        }
        int i = 1;
        while (spec.containsName(columnName + " (#" + i + ")")) {
            i++;
        }
        return columnName + " (#" + i + ")";
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataTableSpec s && s.m_columns.equals(m_columns);
    }

    @Override
    public int hashCode() {
        return m_columns.hashCode();
    }

    @Override
    public String toString() {
        return "name=" + m_name + ",columns=" + new ArrayList<>(m_columns);
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
