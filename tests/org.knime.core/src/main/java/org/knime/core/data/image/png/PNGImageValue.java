package org.knime.core.data.image.png;

import org.knime.core.data.image.ImageValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/image/png/PNGImageValue.java (UTILITY left out)
public interface PNGImageValue extends ImageValue {

    @Override
    PNGImageContent getImageContent();
}
