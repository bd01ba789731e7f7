package org.petface.knime.embedder;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.knime.core.data.DataCell;
import org.knime.core.data.image.png.PNGImageValue;
import org.petface.embedder.DepthDescriptorEmbedder;
import org.petface.embedder.FaceAnalyzer;
import org.petface.embedder.FaceImage;
import org.petface.embedder.PhotoRenderEmbedder;
import org.petface.knime.data.FaceRenderValue;
import org.petface.render.FaceRender;

/**
 * The engine embedder the Face Embedder runs on each row's input cell (never missing): opened once per execution,
 * shared by the rows running in parallel, closed afterwards. A cell that cannot be read throws an IOException whose
 * message is the row's reason.
 */
final class RowEmbedder implements AutoCloseable {

    @FunctionalInterface
    private interface CellEmbedding {
        EmbeddedFace apply(DataCell cell) throws IOException;
    }

    private final String m_modelId;

    private final CellEmbedding m_embedding;

    private final Runnable m_close;

    private RowEmbedder(final String modelId, final CellEmbedding embedding, final Runnable close) {
        m_modelId = modelId;
        m_embedding = embedding;
        m_close = close;
    }

    /**
     * The chosen embedder for the input column: the depth descriptor (no face models opened) on renders, or the photo
     * models on a render's shaded image or on a PNG image.
     */
    static RowEmbedder open(final FaceEmbedderNodeParameters parameters, final boolean renderColumn) {
        if (parameters.isDepth()) {
            final DepthDescriptorEmbedder depth = new DepthDescriptorEmbedder();
            return new RowEmbedder(depth.modelId(), cell -> EmbeddedFace.of(depth.embed(render(cell))), depth::close);
        }
        if (renderColumn) {
            final PhotoRenderEmbedder photo = new PhotoRenderEmbedder(parameters.toOptions(), parameters.models());
            return new RowEmbedder(photo.modelId(), cell -> EmbeddedFace.best(photo.analyse(render(cell))),
                photo::close);
        }
        final FaceAnalyzer analyzer = new FaceAnalyzer(parameters.toOptions(), parameters.models());
        return new RowEmbedder(analyzer.embedderId(), cell -> {
            try (FaceImage face = FaceImage.of(png(cell))) {
                return EmbeddedFace.best(analyzer.apply(face));
            }
        }, analyzer::close);
    }

    /** The id stamped on the rows whose face was found but not embedded. */
    String modelId() {
        return m_modelId;
    }

    EmbeddedFace embed(final DataCell cell) throws IOException {
        return m_embedding.apply(cell);
    }

    @Override
    public void close() {
        m_close.run();
    }

    private static FaceRender render(final DataCell cell) throws IOException {
        try {
            return ((FaceRenderValue)cell).getFaceRender();
        } catch (IOException e) {
            throw new IOException("cannot read the face render: " + e.getMessage(), e);
        }
    }

    private static BufferedImage png(final DataCell cell) throws IOException {
        final BufferedImage image;
        try {
            image = ImageIO.read(
                new ByteArrayInputStream(((PNGImageValue)cell).getImageContent().getByteArrayReference()));
        } catch (IOException e) {
            throw new IOException("cannot decode the PNG image: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new IOException("the image cell holds no readable PNG");
        }
        return image;
    }
}
