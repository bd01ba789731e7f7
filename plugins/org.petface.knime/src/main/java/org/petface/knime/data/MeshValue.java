package org.petface.knime.data;

import java.io.IOException;

import org.knime.core.data.DataValue;
import org.petface.core.Mesh;

/** A cell holding a petface {@link Mesh}: the skin surface in patient space (LPS, mm). */
public interface MeshValue extends DataValue {

    /** Reads the mesh (it lives in a file store, not in the table). */
    Mesh getMesh() throws IOException;

    /** One line for table views, e.g. {@code 48211 vertices, 96408 triangles}. */
    String getSummary();
}
