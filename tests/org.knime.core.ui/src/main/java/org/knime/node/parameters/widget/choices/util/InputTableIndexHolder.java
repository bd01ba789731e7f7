package org.knime.node.parameters.widget.choices.util;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/widget/choices/util/InputTableIndexHolder.java
public interface InputTableIndexHolder {

    default int getInputTableIndex() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
