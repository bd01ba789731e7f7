package org.petface.knime.matcher;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;

/** The Face Matcher node: ranks a gallery for every probe and measures re-identification (FaceMatcherNodeFactory.xml). */
public final class FaceMatcherNodeFactory extends NodeFactory<FaceMatcherNodeModel> implements NodeDialogFactory {

    @Override
    public FaceMatcherNodeModel createNodeModel() {
        return new FaceMatcherNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<FaceMatcherNodeModel> createNodeView(final int viewIndex, final FaceMatcherNodeModel nodeModel) {
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
        return new DefaultNodeDialog(SettingsType.MODEL, FaceMatcherNodeParameters.class);
    }
}
