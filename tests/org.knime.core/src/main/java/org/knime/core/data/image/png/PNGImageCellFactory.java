package org.knime.core.data.image.png;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellFactory.FromInputStream;
import org.knime.core.data.DataType;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/image/png/PNGImageCellFactory.java
public class PNGImageCellFactory implements FromInputStream {

    // The real value is PNGImageContent.TYPE.
    public static final DataType TYPE = null;

    @Override
    public DataType getDataType() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public DataCell createCell(final InputStream input) throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static DataCell create(final InputStream is) throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static DataCell create(final byte[] contents) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
