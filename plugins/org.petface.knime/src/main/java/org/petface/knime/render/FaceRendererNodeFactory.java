package org.petface.knime.render;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;

/** The Face Renderer node: appends a frontal render of each row's mesh or volume (FaceRendererNodeFactory.xml). */
public final class FaceRendererNodeFactory extends NodeFactory<FaceRendererNodeModel> implements NodeDialogFactory {

    @Override
    public FaceRendererNodeModel createNodeModel() {
        return new FaceRendererNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<FaceRendererNodeModel> createNodeView(final int viewIndex, final FaceRendererNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return NodeDialogManager.createLegacyFlowVariableNodeDialog(createNodeDialog());
    }

    @Override
    public NodeDialog createNodeDialog() {
        return new DefaultNodeDialog(SettingsType.MODEL, FaceRendererNodeParameters.class);
    }
}
