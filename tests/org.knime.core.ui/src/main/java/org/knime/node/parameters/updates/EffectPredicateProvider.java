package org.knime.node.parameters.updates;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/updates/EffectPredicateProvider.java
// PredicateInitializer keeps only the string, boolean and enum references; KNIME implements it, we only call it.
@FunctionalInterface
public interface EffectPredicateProvider {

    EffectPredicate init(PredicateInitializer i);

    interface PredicateInitializer {

        StringReference getString(Class<? extends ParameterReference<String>> reference);

        BooleanReference getBoolean(Class<? extends ParameterReference<Boolean>> reference);

        <E extends Enum<E>> EnumReference<E> getEnum(Class<? extends ParameterReference<E>> reference);

        interface StringReference {

            EffectPredicate isEqualTo(String value);

            EffectPredicate matchesPattern(String pattern);
        }

        interface BooleanReference {

            EffectPredicate isTrue();

            EffectPredicate isFalse();
        }

        interface EnumReference<E extends Enum<E>> {

            @SuppressWarnings("unchecked")
            EffectPredicate isOneOf(E... values);
        }

        default EffectPredicate never() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        default EffectPredicate always() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }

    default EffectPredicate and(final EffectPredicate... predicates) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    default EffectPredicate not(final EffectPredicate predicate) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    default EffectPredicate or(final EffectPredicate... predicates) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
