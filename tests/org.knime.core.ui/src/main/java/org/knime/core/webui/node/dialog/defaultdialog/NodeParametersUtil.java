package org.knime.core.webui.node.dialog.defaultdialog;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.NodeParametersInput;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/core/webui/node/dialog/defaultdialog/NodeParametersUtil.java
public final class NodeParametersUtil {

    private NodeParametersUtil() {
    }

    public static NodeParametersInput createDefaultNodeSettingsContext(final PortObjectSpec[] specs) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static <S extends NodeParameters> S loadSettings(final NodeSettingsRO settings, final Class<S> clazz)
        throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static <S extends NodeParameters> S createSettings(final Class<S> clazz, final PortObjectSpec[] specs) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static <S extends NodeParameters> S createSettings(final Class<S> clazz,
        final NodeParametersInput context) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static <S extends NodeParameters> S createSettings(final Class<S> clazz) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static void saveSettings(final Class<? extends NodeParameters> settingsClass,
        final NodeParameters settingsObject, final NodeSettingsWO settings) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
