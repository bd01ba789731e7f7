package org.knime.core.data.container;

import java.io.Closeable;
import java.util.Collections;
import java.util.Iterator;

import org.knime.core.data.DataRow;
import org.knime.core.data.RowIterator;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/container/CloseableRowIterator.java
public abstract class CloseableRowIterator extends RowIterator implements Closeable {

    public static CloseableRowIterator empty() {
        return from(Collections.emptyIterator());
    }

    public static CloseableRowIterator from(final Iterator<? extends DataRow> iterator) {
        return new CloseableRowIterator() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public DataRow next() {
                return iterator.next();
            }

            @Override
            public void close() {
                // nothing to release: the rows are in memory
            }
        };
    }

    @Override
    public abstract void close();
}
