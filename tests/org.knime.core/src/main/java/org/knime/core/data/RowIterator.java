package org.knime.core.data;

import java.util.Iterator;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/RowIterator.java
public abstract class RowIterator implements Iterator<DataRow> {

    @Override
    public abstract boolean hasNext();

    @Override
    public abstract DataRow next();

    @Override
    public final void remove() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
