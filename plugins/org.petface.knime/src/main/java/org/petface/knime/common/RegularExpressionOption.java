package org.petface.knime.common;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.knime.core.node.InvalidSettingsException;

/** The settings check of an option that holds a regular expression. */
public final class RegularExpressionOption {

    private RegularExpressionOption() {
    }

    /** Compiles {@code value}; a syntax error names the option. */
    public static Pattern compile(final String option, final String value) throws InvalidSettingsException {
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw new InvalidSettingsException("Option \"" + option + "\": not a regular expression: "
                + e.getDescription(), e);
        }
    }
}
