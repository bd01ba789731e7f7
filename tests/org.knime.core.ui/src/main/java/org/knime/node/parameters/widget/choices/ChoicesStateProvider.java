package org.knime.node.parameters.widget.choices;

import java.util.List;

import org.knime.node.parameters.updates.StateProvider;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/widget/choices/ChoicesStateProvider.java
// Real permits also EnumChoicesProvider and DataTypeChoicesProvider, which the stub leaves out.
public sealed interface ChoicesStateProvider<S> extends StateProvider<List<S>>
    permits StringChoicesProvider, TypedStringChoicesProvider {
}
