package org.knime.node.parameters.updates;

import java.util.function.Supplier;

import org.knime.core.webui.node.dialog.defaultdialog.util.updates.StateComputationFailureException;
import org.knime.node.parameters.NodeParametersInput;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/updates/StateProvider.java
// StateProviderInitializer keeps the methods needed to react to other settings; KNIME implements it, we only call it.
public interface StateProvider<S> {

    interface StateProviderInitializer {

        NodeParametersInput getNodeParametersInput();

        <T> Supplier<T> computeFromValueSupplier(Class<? extends ParameterReference<T>> ref);

        <T> Supplier<T> getValueSupplier(Class<? extends ParameterReference<T>> ref);

        <T> void computeOnValueChange(Class<? extends ParameterReference<T>> id);

        <T> Supplier<T> computeFromProvidedState(Class<? extends StateProvider<T>> stateProviderClass);

        void computeBeforeOpenDialog();

        void computeAfterOpenDialog();
    }

    void init(StateProviderInitializer initializer);

    S computeState(NodeParametersInput parametersInput) throws StateComputationFailureException;
}
