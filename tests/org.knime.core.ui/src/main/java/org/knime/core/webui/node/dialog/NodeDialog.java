package org.knime.core.webui.node.dialog;

import java.util.Set;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/core/webui/node/dialog/NodeDialog.java
// Supertype UIExtension and the service getters are left out: only KNIME calls them; our code only returns dialogs.
public interface NodeDialog {

    Set<SettingsType> getSettingsTypes();

    default boolean canBeEnlarged() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
