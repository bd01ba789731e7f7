package org.knime.core.node;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/ExecutionMonitor.java
public class ExecutionMonitor {

    // Does nothing in the stub, so tests can pass a monitor to loadInternals/saveInternals.
    public ExecutionMonitor() {
    }

    public void checkCanceled() throws CanceledExecutionException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void setProgress(final double progress) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void setProgress(final double progress, final String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void setMessage(final String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void setProgress(final String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public ExecutionMonitor createSubProgress(final double maxProg) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public ExecutionMonitor createSilentSubProgress(final double maxProg) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
