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

    // The real value is DataType.getType(PNGImageCell.class).
    public static final DataType TYPE = null;

    public PNGImageContent(final byte[] imageBytes) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public PNGImageContent(final InputStream is) throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public byte[] getByteArrayReference() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public byte[] getByteArray() {
        throw new UnsupportedOperationException("compile-only stub");
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
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public DataCell toImageCell() {
        throw new UnsupportedOperationException("compile-only stub");
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
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean equals(final Object o) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
