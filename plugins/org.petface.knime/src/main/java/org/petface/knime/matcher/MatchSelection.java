package org.petface.knime.matcher;

import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.common.RegularExpressionOption;
import org.petface.knime.matcher.MatchSides.Role;

/**
 * The settings every matcher node shares: the column naming who each row is, and the optional selection column with
 * the regular expressions that pick the probe and the gallery rows (so one table can feed both ports).
 */
record MatchSelection(String identityColumn, String selectionColumn, String probePattern, String galleryPattern) {

    /** Throws naming the option that is wrong. */
    void validate() throws InvalidSettingsException {
        if (identityColumn == null || identityColumn.isBlank()) {
            throw new InvalidSettingsException("Option \"Identity column\": choose the column naming each person.");
        }
        for (final Role role : Role.values()) {
            RegularExpressionOption.compile(role.title() + " pattern", pattern(role));
        }
    }

    String pattern(final Role role) {
        return role == Role.PROBE ? probePattern : galleryPattern;
    }

    /** Whether the role's rows are picked by a pattern (else every row of its table is used). */
    boolean selects(final Role role) {
        return !selectionColumn.isBlank() && !pattern(role).isEmpty();
    }

    /** The end of a sentence about the role's rows: "." or " whose Modality matches "PT"." */
    String note(final Role role) {
        return selects(role) ? " whose " + selectionColumn + " matches \"" + pattern(role) + "\"." : ".";
    }
}
