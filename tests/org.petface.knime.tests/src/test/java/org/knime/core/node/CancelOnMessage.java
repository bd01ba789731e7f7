package org.knime.core.node;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An execution context that records the progress messages of its sub-progress monitors and requests cancel, as a
 * user pressing cancel would, once a message starts with the given prefix: for testing that a node stops at its next
 * cancel check. It lives in KNIME's package because the stub's monitors are built from there.
 */
public final class CancelOnMessage extends ExecutionContext {

    private final String m_prefix;

    private final List<String> m_messages = new CopyOnWriteArrayList<>();

    public CancelOnMessage(final String prefix) {
        m_prefix = prefix;
    }

    /** The messages set on sub-progress monitors, in order. */
    public List<String> messages() {
        return m_messages;
    }

    @Override
    public ExecutionMonitor createSubProgress(final double maxProg) {
        return new ExecutionMonitor(this) {
            @Override
            public void setMessage(final String message) {
                m_messages.add(message);
                if (message.startsWith(m_prefix)) {
                    requestCancel();
                }
            }
        };
    }
}
