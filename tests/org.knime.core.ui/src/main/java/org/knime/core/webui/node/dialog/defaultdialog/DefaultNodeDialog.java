package org.knime.core.webui.node.dialog.defaultdialog;

import java.util.Set;

import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.node.parameters.NodeParameters;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/core/webui/node/dialog/defaultdialog/DefaultNodeDialog.java
// Constructors taking an OnApplyNodeModifier and the internal supertype DefaultNodeDialogUIExtension are left out.
public final class DefaultNodeDialog implements NodeDialog {

    public DefaultNodeDialog(final SettingsType settingsType, final Class<? extends NodeParameters> settingsClass) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public DefaultNodeDialog(final SettingsType settingsType1, final Class<? extends NodeParameters> settingsClass1,
        final SettingsType settingsType2, final Class<? extends NodeParameters> settingsClass2) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public Set<SettingsType> getSettingsTypes() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
