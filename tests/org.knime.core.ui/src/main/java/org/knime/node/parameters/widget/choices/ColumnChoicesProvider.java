package org.knime.node.parameters.widget.choices;

import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.node.parameters.NodeParametersInput;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/widget/choices/ColumnChoicesProvider.java
public interface ColumnChoicesProvider extends TypedStringChoicesProvider {

    @Override
    default void init(final StateProviderInitializer initializer) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    default List<DataColumnSpec> columnChoices(final NodeParametersInput context) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    default List<TypedStringChoice> computeState(final NodeParametersInput context) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
