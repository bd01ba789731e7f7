package org.knime.core.data;

import java.util.Iterator;
import java.util.stream.Stream;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataTableSpec.java
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    public DataTableSpec() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataTableSpec(final String[] names, final DataType[] types) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public int[] columnsToIndices(final String... columns) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean containsCompatibleType(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean containsName(final String columnName) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean equalStructure(final DataTableSpec spec) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public int findColumnIndex(final String columnName) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final String[] getColumnNames() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataColumnSpec getColumnSpec(final int index) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataColumnSpec getColumnSpec(final String column) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public int getNumColumns() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Stream<DataColumnSpec> stream() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static String getUniqueColumnName(final DataTableSpec spec, final String columnName) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean equals(final Object obj) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
