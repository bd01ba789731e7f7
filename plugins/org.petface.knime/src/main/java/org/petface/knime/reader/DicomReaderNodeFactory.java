package org.petface.knime.reader;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;
import org.petface.reader.SourceKind;

/** The DICOM Reader node: one row per DICOM series or unreadable file (description in DicomReaderNodeFactory.xml). */
public final class DicomReaderNodeFactory extends NodeFactory<SeriesReaderNodeModel> implements NodeDialogFactory {

    @Override
    public SeriesReaderNodeModel createNodeModel() {
        return new SeriesReaderNodeModel(SourceKind.DICOM);
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<SeriesReaderNodeModel> createNodeView(final int viewIndex,
        final SeriesReaderNodeModel nodeModel) {
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
        return new DefaultNodeDialog(SettingsType.MODEL, SeriesReaderNodeParameters.class);
    }
}
