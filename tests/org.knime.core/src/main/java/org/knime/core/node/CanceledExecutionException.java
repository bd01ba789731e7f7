package org.knime.core.node;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/CanceledExecutionException.java
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public CanceledExecutionException() {
    }

    public CanceledExecutionException(final String s) {
        super(s);
    }
}
