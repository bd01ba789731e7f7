package org.knime.core.data.image.png;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/image/png/PNGImageCell.java
public class PNGImageCell extends DataCell implements PNGImageValue {

    private static final long serialVersionUID = 1L;

    // Package-private like the real constructor; cells come from PNGImageContent.toImageCell().
    private final PNGImageContent m_content;

    PNGImageCell(final PNGImageContent content) {
        m_content = content;
    }

    @Override
    public PNGImageContent getImageContent() {
        return m_content;
    }

    @Override
    public String getImageExtension() {
        return "png";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return m_content.equals(((PNGImageCell)dc).m_content);
    }

    @Override
    protected boolean equalContent(final DataValue otherValue) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int hashCode() {
        return m_content.hashCode();
    }

    @Override
    public String toString() {
        return "PNG image (" + m_content.getByteArrayReference().length + " bytes)";
    }
}
