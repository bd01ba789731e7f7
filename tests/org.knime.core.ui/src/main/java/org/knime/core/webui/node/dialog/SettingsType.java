package org.knime.core.webui.node.dialog;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/core/webui/node/dialog/SettingsType.java
// fromConfigKey is left out: its return type changed after 5.6. JOB_MANAGER exists only from 5.7 on.
public enum SettingsType {
    MODEL, VIEW;

    public String getConfigKey() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getVariablesConfigKey() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
