package org.knime.core.node;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/NodeView.java (Swing members left out)
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {

    protected NodeView(final T nodeModel) {
        super(nodeModel);
    }

    protected abstract void onClose();

    protected abstract void onOpen();

    protected T getNodeModel() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
