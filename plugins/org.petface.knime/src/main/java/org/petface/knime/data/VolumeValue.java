package org.petface.knime.data;

import java.io.IOException;

import org.knime.core.data.DataValue;
import org.petface.core.Volume;

/** A cell holding a petface {@link Volume}: voxels, voxel-to-LPS affine, unit and modality. */
public interface VolumeValue extends DataValue {

    /** Reads the volume (it lives in a file store, not in the table). */
    Volume getVolume() throws IOException;

    /** One line for table views, e.g. {@code CT HU 256x256x120, 1.00x1.00x1.00 mm}. */
    String getSummary();
}
