package org.knime.core.data.image;

import org.knime.core.data.DataValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/image/ImageValue.java (UTILITY left out)
public interface ImageValue extends DataValue {

    ImageContent getImageContent();

    String getImageExtension();
}
