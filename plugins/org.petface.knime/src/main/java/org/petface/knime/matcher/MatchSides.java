package org.petface.knime.matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.common.InputColumns;

/**
 * Reads the probe and the gallery rows of a matcher node: the rows its selection picks, each with its row key, its
 * identity and its value (an embedding, a prepared face...) or the reason it has none. A probe without a value stays
 * in the denominator as a miss; a gallery row without one is left out.
 *
 * @param <T> what the node matches
 */
final class MatchSides<T> {

    enum Role {
        PROBE, GALLERY;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        String title() {
            return name().charAt(0) + label().substring(1);
        }
    }

    /** A cell's value, or why its row cannot be matched. */
    record Readout<T>(T value, String reason) {

        static <T> Readout<T> of(final T value) {
            return new Readout<>(value, "");
        }

        static <T> Readout<T> unusable(final String reason) {
            return new Readout<>(null, reason);
        }
    }

    /** Turns a (non-missing) cell of the value column into what the node matches in the given role. */
    @FunctionalInterface
    interface CellReader<T> {
        Readout<T> read(DataCell cell, Role role);
    }

    /**
     * The column of values: its name, the option that names it, its cell type, what it holds (e.g. "embedding")
     * and how a cell is read.
     */
    record ValueColumn<T>(String name, String option, Class<? extends DataValue> type, String noun,
        CellReader<T> reader) {
    }

    /** The selected rows of one side in table order; a value is null where the reason says why. */
    record Side<T>(List<String> keys, List<String> identities, List<T> values, List<String> reasons) {

        int size() {
            return keys.size();
        }

        boolean isUsable(final int row) {
            return values.get(row) != null;
        }

        int usable() {
            return (int)values.stream().filter(v -> v != null).count();
        }

        List<String> usableIdentities() {
            return usableOf(identities);
        }

        List<T> usableValues() {
            return usableOf(values);
        }

        private <V> List<V> usableOf(final List<V> all) {
            final List<V> kept = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (isUsable(i)) {
                    kept.add(all.get(i));
                }
            }
            return kept;
        }

        /** "key: reason" of the first row without a value, or null. */
        String firstUnusable() {
            for (int i = 0; i < size(); i++) {
                if (!isUsable(i)) {
                    return keys.get(i) + ": " + reasons.get(i);
                }
            }
            return null;
        }
    }

    private final MatchSelection m_selection;

    private final ValueColumn<T> m_column;

    private final String m_hint;

    /** @param hint how to get a right input, e.g. "connect the output of a Face Embedder node." */
    MatchSides(final MatchSelection selection, final ValueColumn<T> column, final String hint) {
        m_selection = selection;
        m_column = column;
        m_hint = hint;
    }

    /** The configure-time check of one input table; the message names the column, the option and the side. */
    void check(final DataTableSpec spec, final Role role) throws InvalidSettingsException {
        final String hint = m_hint + " (" + role.label() + " table)";
        InputColumns.require(spec, m_selection.identityColumn(), StringValue.class, "Identity column", hint);
        InputColumns.require(spec, m_column.name(), m_column.type(), m_column.option(), hint);
        if (!m_selection.selectionColumn().isBlank()) {
            InputColumns.requireOneOf(spec, m_selection.selectionColumn(), List.of(StringValue.class, IntValue.class),
                "Selection column", hint);
        }
    }

    Side<T> read(final BufferedDataTable table, final Role role, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        final DataTableSpec spec = table.getDataTableSpec();
        final int identity = spec.findColumnIndex(m_selection.identityColumn());
        final int valueColumn = spec.findColumnIndex(m_column.name());
        final int selection = m_selection.selects(role) ? spec.findColumnIndex(m_selection.selectionColumn()) : -1;
        final Pattern selected = Pattern.compile(m_selection.pattern(role));
        final Side<T> side = new Side<>(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        long done = 0;
        for (final DataRow row : table) {
            exec.checkCanceled();
            exec.setProgress((double)done++ / Math.max(1, table.size()), "Reading " + role.label() + " rows");
            if (selection >= 0 && !selected.matcher(selectionText(row.getCell(selection))).matches()) {
                continue;
            }
            final String id = text(row.getCell(identity));
            final DataCell cell = row.getCell(valueColumn);
            final Readout<T> readout = id.isEmpty() ? Readout.unusable("no identity in this row")
                : cell.isMissing() ? Readout.unusable("no " + m_column.noun() + " in this row")
                : m_column.reader().read(cell, role);
            side.keys().add(row.getKey().getString());
            side.identities().add(id);
            side.values().add(readout.value());
            side.reasons().add(readout.reason());
        }
        return side;
    }

    /**
     * Throws when the selection leaves no probe row, or no gallery row can be matched (naming the selection and the
     * first row's reason). Probes that are selected but unusable are misses, not a failure: a cohort whose faces
     * are all gone (e.g. after de-facing) measures a re-identification rate of 0.
     */
    void requireMatchable(final Side<T> side, final Role role) {
        final boolean matchable = role == Role.PROBE ? side.size() > 0 : side.usable() > 0;
        if (!matchable) {
            final String first = side.firstUnusable();
            throw new IllegalStateException("No " + role.label() + " row with an identity"
                + (role == Role.PROBE ? "" : " and a usable " + m_column.noun()) + m_selection.note(role)
                + (first == null ? "" : " First: " + first));
        }
    }

    /** A text cell's text, or an integer's decimal digits (so "2" selects Session 2). */
    private static String selectionText(final DataCell cell) {
        return !cell.isMissing() && cell instanceof IntValue number && !(cell instanceof StringValue)
            ? Integer.toString(number.getIntValue()) : text(cell);
    }

    private static String text(final DataCell cell) {
        return cell.isMissing() ? "" : ((StringValue)cell).getStringValue();
    }
}
