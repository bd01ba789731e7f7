package org.knime.node.parameters.widget.text;

import org.knime.node.parameters.validation.BuiltinValidation;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/widget/text/TextInputWidgetValidation.java
public sealed interface TextInputWidgetValidation extends BuiltinValidation {

    record PatternValidationParams(String pattern) {
    }

    abstract non-sealed class PatternValidation implements TextInputWidgetValidation {

        @Override
        public final PatternValidationParams getParameters() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Override
        public String getErrorMessage() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        protected abstract String getPattern();

        public static final class IsNotBlankValidation extends PatternValidation {

            @Override
            public String getErrorMessage() {
                throw new UnsupportedOperationException("compile-only stub");
            }

            @Override
            public String getPattern() {
                throw new UnsupportedOperationException("compile-only stub");
            }
        }

        public static final class IsNotEmptyValidation extends MinLengthValidation {

            @Override
            public String getErrorMessage() {
                throw new UnsupportedOperationException("compile-only stub");
            }

            @Override
            protected int getMinLength() {
                throw new UnsupportedOperationException("compile-only stub");
            }
        }
    }

    abstract non-sealed class MinLengthValidation implements TextInputWidgetValidation {

        record MinLengthValidationParams(int minLength) {
        }

        @Override
        public final MinLengthValidationParams getParameters() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Override
        public String getErrorMessage() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        protected abstract int getMinLength();
    }

    abstract non-sealed class MaxLengthValidation implements TextInputWidgetValidation {

        record MaxLengthValidationParams(int maxLength) {
        }

        @Override
        public final MaxLengthValidationParams getParameters() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Override
        public String getErrorMessage() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        protected abstract int getMaxLength();
    }
}
