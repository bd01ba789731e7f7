package org.knime.node.parameters.updates;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/updates/EffectPredicate.java
// accept(PredicateVisitor) is left out: only KNIME implements and visits predicates.
public interface EffectPredicate {

    default EffectPredicate and(final EffectPredicate other) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    default EffectPredicate or(final EffectPredicate other) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    default EffectPredicate negate() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
