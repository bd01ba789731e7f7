package org.knime.core.node;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/NodeDialogPane.java (Swing members left out)
public abstract class NodeDialogPane {

    protected NodeDialogPane() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected abstract void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException;
}
