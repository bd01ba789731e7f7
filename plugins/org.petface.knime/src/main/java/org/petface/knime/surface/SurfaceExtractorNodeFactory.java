package org.petface.knime.surface;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;

/** The Surface Extractor node: appends the skin mesh of each row's volume (SurfaceExtractorNodeFactory.xml). */
public final class SurfaceExtractorNodeFactory extends NodeFactory<SurfaceExtractorNodeModel> implements NodeDialogFactory {

    @Override
    public SurfaceExtractorNodeModel createNodeModel() {
        return new SurfaceExtractorNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<SurfaceExtractorNodeModel> createNodeView(final int viewIndex, final SurfaceExtractorNodeModel nodeModel) {
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
        return new DefaultNodeDialog(SettingsType.MODEL, SurfaceExtractorNodeParameters.class);
    }
}
