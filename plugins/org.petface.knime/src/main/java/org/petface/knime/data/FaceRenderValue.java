package org.petface.knime.data;

import java.io.IOException;

import org.knime.core.data.DataValue;
import org.petface.render.FaceRender;

/** A cell holding a whole petface {@link FaceRender}: shaded image, depth (mm), mask and camera. */
public interface FaceRenderValue extends DataValue {

    /** Reads the render (it lives in a file store, not in the table). */
    FaceRender getFaceRender() throws IOException;

    /** One line for table views, e.g. {@code 512x512 orthographic 0.47 mm/pixel, 98304 surface pixels}. */
    String getSummary();
}
