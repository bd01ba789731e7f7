package org.knime.core.node;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/AbstractNodeView.java
public abstract class AbstractNodeView<T extends AbstractNodeView.ViewableModel> {

    protected AbstractNodeView(final T viewableModel) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected abstract void modelChanged();

    public static interface ViewableModel {
    }
}
