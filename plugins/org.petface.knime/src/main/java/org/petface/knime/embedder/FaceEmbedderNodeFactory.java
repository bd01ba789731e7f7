package org.petface.knime.embedder;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;

/** The Face Embedder node: appends the face embedding of each row's render (FaceEmbedderNodeFactory.xml). */
public final class FaceEmbedderNodeFactory extends NodeFactory<FaceEmbedderNodeModel> implements NodeDialogFactory {

    @Override
    public FaceEmbedderNodeModel createNodeModel() {
        return new FaceEmbedderNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<FaceEmbedderNodeModel> createNodeView(final int viewIndex, final FaceEmbedderNodeModel nodeModel) {
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
        return new DefaultNodeDialog(SettingsType.MODEL, FaceEmbedderNodeParameters.class);
    }
}
