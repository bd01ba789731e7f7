package org.petface.knime.data;

import java.io.IOException;
import java.util.Locale;

import org.knime.core.data.DataType;
import org.knime.core.data.filestore.FileStore;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.nifti.NiftiReader;
import org.petface.nifti.NiftiVersion;
import org.petface.nifti.NiftiWriteOptions;
import org.petface.nifti.NiftiWriter;

/**
 * A volume as a file-store cell: a NIfTI-2 file (float64 geometry, so the affine survives exactly) in the node's file
 * store; the row holds a summary.
 */
public final class VolumeCell extends SummarizedFileStoreCell implements VolumeValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(VolumeCell.class);

    private static final NiftiWriteOptions WRITE_OPTIONS =
        new NiftiWriteOptions(NiftiVersion.NIFTI_2, 1);

    private VolumeCell(final FileStore fileStore, final String summary) {
        super(fileStore, summary);
    }

    private VolumeCell(final String summary) {
        super(summary);
    }

    /** Writes the volume into the (new, empty) file store and returns the cell referring to it. */
    public static VolumeCell create(final FileStore fileStore, final Volume volume) throws IOException {
        NiftiWriter.write(volume, fileStore.getFile().toPath(), WRITE_OPTIONS);
        return new VolumeCell(fileStore, summarize(volume));
    }

    private static String summarize(final Volume volume) {
        final VoxelGrid g = volume.grid();
        final double[] s = g.spacing();
        return String.format(Locale.ROOT, "%s %s %dx%dx%d, %.2fx%.2fx%.2f mm", volume.modality(),
            volume.unit().label(), g.nx(), g.ny(), g.nz(), s[0], s[1], s[2]);
    }

    @Override
    public Volume getVolume() throws IOException {
        return NiftiReader.read(file()).volume();
    }

    /** Registered in plugin.xml. */
    public static final class VolumeSerializer extends SummarySerializer<VolumeCell> {

        public VolumeSerializer() {
            super(VolumeCell::new);
        }
    }
}
