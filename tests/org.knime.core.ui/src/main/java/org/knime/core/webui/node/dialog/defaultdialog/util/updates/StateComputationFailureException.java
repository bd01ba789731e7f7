package org.knime.core.webui.node.dialog.defaultdialog.util.updates;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/core/webui/node/dialog/defaultdialog/util/updates/StateComputationFailureException.java
// No usable constructor: 5.6 has only (String), later versions only the no-argument one, so our code may declare
// the exception but never construct it.
public final class StateComputationFailureException extends Exception {

    private static final long serialVersionUID = 1L;

    private StateComputationFailureException() {
    }
}
