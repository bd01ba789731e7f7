package org.knime.node.parameters.widget.number;

import org.knime.node.parameters.validation.BuiltinValidation;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/widget/number/NumberInputWidgetValidation.java
public sealed interface NumberInputWidgetValidation extends BuiltinValidation {

    default boolean isExclusive() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    abstract non-sealed class MinValidation implements NumberInputWidgetValidation {

        record MinValidationParams(double min, boolean isExclusive) {
        }

        @Override
        public final MinValidationParams getParameters() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Override
        public String getErrorMessage() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        protected abstract double getMin();

        public static final class IsNonNegativeValidation extends MinValidation {

            @Override
            public double getMin() {
                throw new UnsupportedOperationException("compile-only stub");
            }
        }

        public static final class IsPositiveIntegerValidation extends MinValidation {

            @Override
            public double getMin() {
                throw new UnsupportedOperationException("compile-only stub");
            }
        }

        public static final class IsPositiveDoubleValidation extends MinValidation {

            @Override
            public double getMin() {
                throw new UnsupportedOperationException("compile-only stub");
            }

            @Override
            public boolean isExclusive() {
                throw new UnsupportedOperationException("compile-only stub");
            }
        }
    }

    abstract non-sealed class MaxValidation implements NumberInputWidgetValidation {

        record MaxValidationParams(Double max, boolean isExclusive) {
        }

        @Override
        public final MaxValidationParams getParameters() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Override
        public String getErrorMessage() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        protected abstract double getMax();
    }
}
