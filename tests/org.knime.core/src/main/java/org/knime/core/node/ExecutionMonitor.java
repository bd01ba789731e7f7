package org.knime.core.node;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/ExecutionMonitor.java
// Test-harness behaviour: remembers the last progress (messages are dropped); cancellation is requested through the package
// (as the real framework's progress monitor does). Sub-progress monitors share their parent's state.
public class ExecutionMonitor {

    private final ExecutionMonitor m_root;

    private volatile boolean m_cancelRequested;

    private volatile double m_progress;

    public ExecutionMonitor() {
        m_root = this;
    }

    ExecutionMonitor(final ExecutionMonitor parent) {
        m_root = parent.m_root;
    }

    void requestCancel() {
        m_root.m_cancelRequested = true;
    }

    double lastProgress() {
        return m_root.m_progress;
    }

    public void checkCanceled() throws CanceledExecutionException {
        if (m_root.m_cancelRequested) {
            throw new CanceledExecutionException("Execution canceled");
        }
    }

    public void setProgress(final double progress) {
        m_root.m_progress = progress;
    }

    public void setProgress(final double progress, final String message) {
        setProgress(progress);
        setMessage(message);
    }

    public void setMessage(final String message) {
        // nobody reads progress messages in tests
    }

    public void setProgress(final String message) {
        setMessage(message);
    }

    public ExecutionMonitor createSubProgress(final double maxProg) {
        return new ExecutionMonitor(this);
    }

    public ExecutionMonitor createSilentSubProgress(final double maxProg) {
        return new ExecutionMonitor(this);
    }
}
