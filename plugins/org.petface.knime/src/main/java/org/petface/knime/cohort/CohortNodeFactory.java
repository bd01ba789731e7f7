package org.petface.knime.cohort;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;

/** The Synthetic PET/CT Cohort node, a source of phantom studies with known identities (CohortNodeFactory.xml). */
public final class CohortNodeFactory extends NodeFactory<CohortNodeModel> implements NodeDialogFactory {

    @Override
    public CohortNodeModel createNodeModel() {
        return new CohortNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<CohortNodeModel> createNodeView(final int viewIndex,
        final CohortNodeModel nodeModel) {
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
        return new DefaultNodeDialog(SettingsType.MODEL, CohortNodeParameters.class);
    }
}
