package org.knime.core.data.image.png;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Image;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/image/png/PNGImageContent.java
public class PNGImageContent implements ImageContent {

    public static final DataType TYPE = DataType.getType(PNGImageCell.class);

    private final byte[] m_bytes;

    public PNGImageContent(final byte[] imageBytes) {
        m_bytes = imageBytes.clone();
    }

    public PNGImageContent(final InputStream is) throws IOException {
        m_bytes = is.readAllBytes();
    }

    public byte[] getByteArrayReference() {
        return m_bytes;
    }

    public byte[] getByteArray() {
        return m_bytes.clone();
    }

    public Image getImage() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public void paint(final Graphics2D g, final int width, final int height) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public void save(final OutputStream output) throws IOException {
        output.write(m_bytes);
    }

    @Override
    public DataCell toImageCell() {
        return new PNGImageCell(this);
    }

    @Override
    public Dimension getPreferredSize() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getSummary() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(m_bytes);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof PNGImageContent other && java.util.Arrays.equals(m_bytes, other.m_bytes);
    }
}
