package org.knime.core.webui.node.dialog;

import org.knime.core.node.NodeDialogPane;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/core/webui/node/dialog/NodeDialogManager.java
public final class NodeDialogManager {

    private NodeDialogManager() {
    }

    public static NodeDialogPane createLegacyFlowVariableNodeDialog(final NodeDialog dialog) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
