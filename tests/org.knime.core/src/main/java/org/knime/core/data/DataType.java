package org.knime.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataType.java
// Test-harness behaviour: a type is its cell class (plus collection element type); value classes are the DataValue
// interfaces the cell class implements. No renderers, no registry, no type hierarchy beyond that.
public final class DataType {

    private static final Map<Class<? extends DataCell>, DataType> SIMPLE_TYPES = new ConcurrentHashMap<>();

    private final Class<? extends DataCell> m_cellClass;

    private final DataType m_elementType;

    private DataType(final Class<? extends DataCell> cellClass, final DataType elementType) {
        m_cellClass = cellClass;
        m_elementType = elementType;
    }

    public static DataType getType(final Class<? extends DataCell> cell) {
        Objects.requireNonNull(cell, "cell class");
        return SIMPLE_TYPES.computeIfAbsent(cell, c -> new DataType(c, null));
    }

    public static DataType getType(final Class<? extends DataCell> cellImplementsCollectionDataValue,
        final DataType collectionElementType) {
        return new DataType(Objects.requireNonNull(cellImplementsCollectionDataValue), collectionElementType);
    }

    public static DataCell getMissingCell() {
        return MissingCell.INSTANCE;
    }

    public static DataType getCommonSuperType(final DataType type1, final DataType type2) {
        if (type1.equals(type2)) {
            return type1;
        }
        throw new UnsupportedOperationException("test harness: no common super type of different types");
    }

    public boolean isMissingValueType() {
        return m_cellClass == MissingCell.class;
    }

    public DataType getCollectionElementType() {
        return m_elementType;
    }

    public boolean isCollectionType() {
        return m_elementType != null;
    }

    public Class<? extends DataValue> getPreferredValueClass() {
        final List<Class<? extends DataValue>> values = getValueClasses();
        return values.isEmpty() ? DataValue.class : values.get(0);
    }

    @SuppressWarnings("unchecked")
    public List<Class<? extends DataValue>> getValueClasses() {
        final List<Class<? extends DataValue>> values = new ArrayList<>();
        for (Class<?> c = m_cellClass; c != null; c = c.getSuperclass()) {
            for (final Class<?> i : c.getInterfaces()) {
                if (DataValue.class.isAssignableFrom(i) && !values.contains(i)) {
                    values.add((Class<? extends DataValue>)i);
                }
            }
        }
        return values;
    }

    public boolean isASuperTypeOf(final DataType type) {
        return type != null && (equals(type) || getValueClasses().stream().allMatch(type::isCompatible));
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        return valueClass.isAssignableFrom(m_cellClass);
    }

    public Class<? extends DataCell> getCellClass() {
        return m_cellClass;
    }

    public String getName() {
        final String cell = m_cellClass.getSimpleName();
        return m_elementType == null ? cell : cell + " of " + m_elementType.getName();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DataType t && t.m_cellClass == m_cellClass
            && Objects.equals(t.m_elementType, m_elementType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_cellClass, m_elementType);
    }

    @Override
    public String toString() {
        return getName();
    }
}
