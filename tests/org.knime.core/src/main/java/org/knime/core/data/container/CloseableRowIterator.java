package org.knime.core.data.container;

import java.io.Closeable;
import java.util.Iterator;

import org.knime.core.data.DataRow;
import org.knime.core.data.RowIterator;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/container/CloseableRowIterator.java
public abstract class CloseableRowIterator extends RowIterator implements Closeable {

    public static CloseableRowIterator empty() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static CloseableRowIterator from(final Iterator<? extends DataRow> iterator) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public abstract void close();
}
