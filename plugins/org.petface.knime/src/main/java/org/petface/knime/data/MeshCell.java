package org.petface.knime.data;

import java.io.IOException;

import org.knime.core.data.DataType;
import org.knime.core.data.filestore.FileStore;
import org.petface.core.Mesh;
import org.petface.surface.io.MeshFormat;
import org.petface.surface.io.MeshReader;
import org.petface.surface.io.MeshWriter;

/** A mesh as a file-store cell: a binary PLY file in the node's file store; the row holds a summary. */
public final class MeshCell extends SummarizedFileStoreCell implements MeshValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(MeshCell.class);

    private MeshCell(final FileStore fileStore, final String summary) {
        super(fileStore, summary);
    }

    private MeshCell(final String summary) {
        super(summary);
    }

    /** Writes the mesh as PLY into the (new, empty) file store and returns the cell referring to it. */
    public static MeshCell create(final FileStore fileStore, final Mesh mesh) throws IOException {
        MeshWriter.write(mesh, fileStore.getFile().toPath(), MeshFormat.PLY);
        return new MeshCell(fileStore, mesh.vertexCount() + " vertices, " + mesh.triangleCount() + " triangles");
    }

    @Override
    public Mesh getMesh() throws IOException {
        return MeshReader.read(file());
    }

    /** Registered in plugin.xml. */
    public static final class MeshSerializer extends SummarySerializer<MeshCell> {

        public MeshSerializer() {
            super(MeshCell::new);
        }
    }
}
