package org.petface.knime.common;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;
import org.knime.node.parameters.NodeParameters;

/**
 * The part every petface node factory shares: no views, and the modern dialog that KNIME builds from the node's
 * {@link NodeParameters} class (wrapped for flow variables as KNIME's own nodes do). A subclass only creates its
 * model; its node description stays beside it as {@code <SubclassName>.xml}.
 *
 * @param <M> the node model
 */
public abstract class ParametersNodeFactory<M extends NodeModel> extends NodeFactory<M> implements NodeDialogFactory {

    private final Class<? extends NodeParameters> m_parametersClass;

    protected ParametersNodeFactory(final Class<? extends NodeParameters> parametersClass) {
        m_parametersClass = parametersClass;
    }

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<M> createNodeView(final int viewIndex, final M nodeModel) {
        return null;
    }

    @Override
    protected final boolean hasDialog() {
        return true;
    }

    @Override
    protected final NodeDialogPane createNodeDialogPane() {
        return NodeDialogManager.createLegacyFlowVariableNodeDialog(createNodeDialog());
    }

    @Override
    public final NodeDialog createNodeDialog() {
        return new DefaultNodeDialog(SettingsType.MODEL, m_parametersClass);
    }
}
