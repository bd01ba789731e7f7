package org.knime.core.data.image.png;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellFactory.FromInputStream;
import org.knime.core.data.DataType;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/image/png/PNGImageCellFactory.java
public class PNGImageCellFactory implements FromInputStream {

    public static final DataType TYPE = PNGImageContent.TYPE;

    @Override
    public DataType getDataType() {
        return TYPE;
    }

    @Override
    public DataCell createCell(final InputStream input) throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static DataCell create(final InputStream is) throws IOException {
        return new PNGImageContent(is).toImageCell();
    }

    public static DataCell create(final byte[] contents) {
        return new PNGImageContent(contents).toImageCell();
    }
}
