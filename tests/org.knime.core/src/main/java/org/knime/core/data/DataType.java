package org.knime.core.data;

import java.util.List;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/DataType.java
public final class DataType {

    private DataType() {
    }

    public static DataType getType(final Class<? extends DataCell> cell) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static DataType getType(final Class<? extends DataCell> cellImplementsCollectionDataValue,
        final DataType collectionElementType) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static DataCell getMissingCell() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static DataType getCommonSuperType(final DataType type1, final DataType type2) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isMissingValueType() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DataType getCollectionElementType() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isCollectionType() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Class<? extends DataValue> getPreferredValueClass() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public List<Class<? extends DataValue>> getValueClasses() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isASuperTypeOf(final DataType type) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Class<? extends DataCell> getCellClass() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean equals(final Object other) {
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
}
