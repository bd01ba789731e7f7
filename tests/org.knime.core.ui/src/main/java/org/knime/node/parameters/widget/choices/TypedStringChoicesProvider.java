package org.knime.node.parameters.widget.choices;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/widget/choices/TypedStringChoicesProvider.java
public non-sealed interface TypedStringChoicesProvider extends ChoicesStateProvider<TypedStringChoice> {

    @Override
    default void init(final StateProviderInitializer initializer) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
