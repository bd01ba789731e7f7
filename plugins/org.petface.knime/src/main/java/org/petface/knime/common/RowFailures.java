package org.petface.knime.common;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.knime.core.data.RowKey;

/**
 * Counts the rows a row-wise node could not process (cell factories run rows in parallel) and keeps the first reason,
 * so the node can warn, or fail when every row failed.
 */
public final class RowFailures {

    private final AtomicLong m_count = new AtomicLong();

    private final AtomicReference<String> m_first = new AtomicReference<>();

    public void add(final RowKey row, final String reason) {
        m_count.incrementAndGet();
        m_first.compareAndSet(null, row + ": " + reason);
    }

    public long count() {
        return m_count.get();
    }

    public String first() {
        return m_first.get();
    }

    /**
     * Throws when every one of {@code rows} (at least one) failed; returns the warning for some failures, else null.
     */
    public String check(final long rows, final String noneWorked) {
        if (rows > 0 && count() == rows) {
            throw new IllegalStateException(noneWorked + "; first: " + first());
        }
        return count() == 0 ? null : count() + " of " + rows + " rows failed; first: " + first();
    }
}
