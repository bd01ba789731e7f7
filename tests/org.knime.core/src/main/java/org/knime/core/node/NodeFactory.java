package org.knime.core.node;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/NodeFactory.java
public abstract class NodeFactory<T extends NodeModel> {

    // The real constructor reads the node description; the stub's does nothing so subclasses can be instantiated.
    protected NodeFactory() {
    }

    protected NodeFactory(final boolean lazyInitialization) {
    }

    public abstract T createNodeModel();

    protected abstract int getNrNodeViews();

    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    protected abstract boolean hasDialog();

    protected abstract NodeDialogPane createNodeDialogPane();

    public final String getNodeName() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
