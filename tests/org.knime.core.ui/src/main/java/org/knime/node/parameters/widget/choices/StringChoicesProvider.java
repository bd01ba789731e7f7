package org.knime.node.parameters.widget.choices;

import java.util.List;

import org.knime.node.parameters.NodeParametersInput;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/widget/choices/StringChoicesProvider.java
public non-sealed interface StringChoicesProvider extends ChoicesStateProvider<StringChoice> {

    @Override
    default void init(final StateProviderInitializer initializer) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    default List<String> choices(final NodeParametersInput context) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    default List<StringChoice> computeState(final NodeParametersInput context) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
