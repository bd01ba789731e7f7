package org.petface.knime.report;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;

/** The Re-identification Report node: writes the HTML report of a Face Matcher (ReidentificationReportNodeFactory.xml). */
public final class ReidentificationReportNodeFactory extends NodeFactory<ReidentificationReportNodeModel> implements NodeDialogFactory {

    @Override
    public ReidentificationReportNodeModel createNodeModel() {
        return new ReidentificationReportNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<ReidentificationReportNodeModel> createNodeView(final int viewIndex, final ReidentificationReportNodeModel nodeModel) {
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
        return new DefaultNodeDialog(SettingsType.MODEL, ReidentificationReportNodeParameters.class);
    }
}
