package org.knime.core.data.image;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;

import org.knime.core.data.DataCell;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/image/ImageContent.java
public interface ImageContent {

    void paint(final Graphics2D g, final int maxWidth, final int maxHeight);

    Dimension getPreferredSize();

    DataCell toImageCell();

    void save(final OutputStream out) throws IOException;

    String getSummary();
}
