package org.knime.core.data;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/MissingCell.java (deprecated getCellSerializer and
// the MissingSerializer left out). Behaves as the real cell so the test harness can hold missing values.
public final class MissingCell extends DataCell implements MissingValue {

    private static final long serialVersionUID = 1L;

    static final MissingCell INSTANCE = new MissingCell(null);

    private final String m_error;

    public MissingCell(final String error) {
        m_error = error;
    }

    @Override
    public String getError() {
        return m_error;
    }

    @Override
    public boolean isMissing() {
        return true;
    }

    @Override
    public String toString() {
        return "?";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return dc instanceof MissingCell;
    }

    @Override
    public int hashCode() {
        return 42;
    }
}
