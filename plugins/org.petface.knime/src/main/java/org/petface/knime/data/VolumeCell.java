package org.petface.knime.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.knime.core.data.DataCellDataInput;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.data.DataType;
import org.knime.core.data.filestore.FileStore;
import org.knime.core.data.filestore.FileStoreCell;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.nifti.NiftiReader;
import org.petface.nifti.NiftiVersion;
import org.petface.nifti.NiftiWriteOptions;
import org.petface.nifti.NiftiWriter;

/**
 * A volume as a file-store cell: the voxels are a NIfTI-2 file (float64 geometry, so the affine survives exactly) in
 * the node's file store, which KNIME saves with the workflow; the table row holds only a summary. Registered with its
 * serializer in plugin.xml (extension point org.knime.core.DataType).
 */
public final class VolumeCell extends FileStoreCell implements VolumeValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(VolumeCell.class);

    private static final NiftiWriteOptions WRITE_OPTIONS =
        new NiftiWriteOptions(NiftiVersion.NIFTI_2, 1);

    private final String m_summary;

    private VolumeCell(final FileStore fileStore, final String summary) {
        super(fileStore);
        m_summary = summary;
    }

    /** For deserialisation: KNIME restores the file store afterwards. */
    private VolumeCell(final String summary) {
        m_summary = summary;
    }

    /** Writes the volume into the (new, empty) file store and returns the cell referring to it. */
    public static VolumeCell create(final FileStore fileStore, final Volume volume) throws IOException {
        NiftiWriter.write(volume, fileStore.getFile().toPath(), WRITE_OPTIONS);
        return new VolumeCell(fileStore, summarize(volume));
    }

    static String summarize(final Volume volume) {
        final VoxelGrid g = volume.grid();
        final double[] s = g.spacing();
        return String.format(Locale.ROOT, "%s %s %dx%dx%d, %.2fx%.2fx%.2f mm", volume.modality(),
            volume.unit().label(), g.nx(), g.ny(), g.nz(), s[0], s[1], s[2]);
    }

    @Override
    public Volume getVolume() throws IOException {
        final Path file = getFileStores()[0].getFile().toPath();
        return NiftiReader.read(file).volume();
    }

    @Override
    public String getSummary() {
        return m_summary;
    }

    @Override
    public String toString() {
        return m_summary;
    }

    /** Stores the summary; the voxels stay in the file store. */
    public static final class VolumeSerializer implements DataCellSerializer<VolumeCell> {

        @Override
        public void serialize(final VolumeCell cell, final DataCellDataOutput output) throws IOException {
            output.writeUTF(cell.m_summary);
        }

        @Override
        public VolumeCell deserialize(final DataCellDataInput input) throws IOException {
            return new VolumeCell(input.readUTF());
        }
    }
}
