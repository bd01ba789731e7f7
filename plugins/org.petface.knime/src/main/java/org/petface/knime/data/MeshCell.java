package org.petface.knime.data;

import java.io.IOException;

import org.knime.core.data.DataCellDataInput;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.data.DataType;
import org.knime.core.data.filestore.FileStore;
import org.knime.core.data.filestore.FileStoreCell;
import org.petface.core.Mesh;
import org.petface.surface.io.MeshFormat;
import org.petface.surface.io.MeshReader;
import org.petface.surface.io.MeshWriter;

/**
 * A mesh as a file-store cell: a binary PLY file in the node's file store, which KNIME saves with the workflow; the
 * table row holds only a summary. Registered with its serializer in plugin.xml (extension point
 * org.knime.core.DataType).
 */
public final class MeshCell extends FileStoreCell implements MeshValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(MeshCell.class);

    private final String m_summary;

    private MeshCell(final FileStore fileStore, final String summary) {
        super(fileStore);
        m_summary = summary;
    }

    /** For deserialisation: KNIME restores the file store afterwards. */
    private MeshCell(final String summary) {
        m_summary = summary;
    }

    /** Writes the mesh as PLY into the (new, empty) file store and returns the cell referring to it. */
    public static MeshCell create(final FileStore fileStore, final Mesh mesh) throws IOException {
        MeshWriter.write(mesh, fileStore.getFile().toPath(), MeshFormat.PLY);
        return new MeshCell(fileStore, mesh.vertexCount() + " vertices, " + mesh.triangleCount() + " triangles");
    }

    @Override
    public Mesh getMesh() throws IOException {
        return MeshReader.read(getFileStores()[0].getFile().toPath());
    }

    @Override
    public String getSummary() {
        return m_summary;
    }

    @Override
    public String toString() {
        return m_summary;
    }

    /** Stores the summary; the mesh stays in the file store. */
    public static final class MeshSerializer implements DataCellSerializer<MeshCell> {

        @Override
        public void serialize(final MeshCell cell, final DataCellDataOutput output) throws IOException {
            output.writeUTF(cell.m_summary);
        }

        @Override
        public MeshCell deserialize(final DataCellDataInput input) throws IOException {
            return new MeshCell(input.readUTF());
        }
    }
}
