package org.knime.node.parameters.validation;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/validation/BuiltinValidation.java (Jackson annotation left out)
public interface BuiltinValidation {

    String getErrorMessage();

    Object getParameters();
}
