package org.petface.knime.data;

import java.io.IOException;
import java.util.Locale;

import org.knime.core.data.DataType;
import org.knime.core.data.filestore.FileStore;
import org.petface.render.Camera;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderFile;
import org.petface.render.Projection;

/**
 * A face render as a file-store cell: the render file of {@link FaceRenderFile} (camera, image, mask and depth, exact)
 * in the node's file store, so nodes downstream get the depth the PNG columns do not carry; the row holds a summary.
 */
public final class FaceRenderCell extends SummarizedFileStoreCell implements FaceRenderValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(FaceRenderCell.class);

    private FaceRenderCell(final FileStore fileStore, final String summary) {
        super(fileStore, summary);
    }

    private FaceRenderCell(final String summary) {
        super(summary);
    }

    /** Writes the render into the (new, empty) file store and returns the cell referring to it. */
    public static FaceRenderCell create(final FileStore fileStore, final FaceRender render) throws IOException {
        FaceRenderFile.write(render, fileStore.getFile().toPath());
        return new FaceRenderCell(fileStore, summarize(render));
    }

    private static String summarize(final FaceRender render) {
        final Camera camera = render.camera();
        final String projection = camera.projection() == Projection.ORTHOGRAPHIC
            ? String.format(Locale.ROOT, "orthographic %.3f mm/pixel", camera.mmPerPixel())
            : String.format(Locale.ROOT, "perspective %.1f degrees", camera.fieldOfViewDegrees());
        return String.format(Locale.ROOT, "%dx%d %s, %d surface pixels", render.width(), render.height(), projection,
            render.surfacePixels());
    }

    @Override
    public FaceRender getFaceRender() throws IOException {
        return FaceRenderFile.read(file());
    }

    /** Registered in plugin.xml. */
    public static final class FaceRenderSerializer extends SummarySerializer<FaceRenderCell> {

        public FaceRenderSerializer() {
            super(FaceRenderCell::new);
        }
    }
}
