package org.knime.core.data.image.png;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/image/png/PNGImageCell.java
public class PNGImageCell extends DataCell implements PNGImageValue {

    private static final long serialVersionUID = 1L;

    // Package-private like the real constructor; cells come from PNGImageContent.toImageCell().
    PNGImageCell(final PNGImageContent content) {
    }

    @Override
    public PNGImageContent getImageContent() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getImageExtension() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    protected boolean equalContent(final DataValue otherValue) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
