package org.knime.node.parameters.widget.choices;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/widget/choices/StringChoice.java
public record StringChoice(String id, String text) {

    public static StringChoice fromId(final String id) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
