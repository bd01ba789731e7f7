package org.petface.knime.volume;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;

/** The Volume Reconstructor node: appends a volume per reader row (VolumeReconstructorNodeFactory.xml). */
public final class VolumeReconstructorNodeFactory extends NodeFactory<VolumeReconstructorNodeModel> implements NodeDialogFactory {

    @Override
    public VolumeReconstructorNodeModel createNodeModel() {
        return new VolumeReconstructorNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<VolumeReconstructorNodeModel> createNodeView(final int viewIndex,
        final VolumeReconstructorNodeModel nodeModel) {
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
        return new DefaultNodeDialog(SettingsType.MODEL, VolumeReconstructorNodeParameters.class);
    }
}
