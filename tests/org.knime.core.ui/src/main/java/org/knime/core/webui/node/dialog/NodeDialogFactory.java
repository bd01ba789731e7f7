package org.knime.core.webui.node.dialog;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/core/webui/node/dialog/NodeDialogFactory.java
public interface NodeDialogFactory {

    default boolean hasNodeDialog() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    NodeDialog createNodeDialog();
}
