package org.knime.node.parameters.updates.util;

import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/updates/util/BooleanReference.java
public interface BooleanReference extends EffectPredicateProvider, ParameterReference<Boolean> {

    @Override
    default EffectPredicate init(final PredicateInitializer i) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
