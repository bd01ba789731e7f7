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
interface RowEmbedder extends AutoCloseable {

    /** The id stamped on the rows whose face was found but not embedded. */
    String modelId();

    EmbeddedFace embed(DataCell cell) throws IOException;

    @Override
    void close();

    /**
     * The chosen embedder for the input column: the depth descriptor (no face models needed) on renders, or the photo
     * models on a render's shaded image or on a PNG image.
     */
    static RowEmbedder open(final FaceEmbedderNodeParameters parameters, final boolean renderColumn) {
        if (parameters.isDepth()) {
            return new DepthOnRender(new DepthDescriptorEmbedder());
        }
        if (renderColumn) {
            return new PhotoOnRender(new PhotoRenderEmbedder(parameters.toOptions(), parameters.models()));
        }
        return new PhotoOnImage(new FaceAnalyzer(parameters.toOptions(), parameters.models()));
    }

    private static FaceRender render(final DataCell cell) throws IOException {
        try {
            return ((FaceRenderValue)cell).getFaceRender();
        } catch (IOException e) {
            throw new IOException("cannot read the face render: " + e.getMessage(), e);
        }
    }

    final class DepthOnRender implements RowEmbedder {

        private final DepthDescriptorEmbedder m_embedder;

        DepthOnRender(final DepthDescriptorEmbedder embedder) {
            m_embedder = embedder;
        }

        @Override
        public String modelId() {
            return m_embedder.modelId();
        }

        @Override
        public EmbeddedFace embed(final DataCell cell) throws IOException {
            return EmbeddedFace.of(m_embedder.embed(render(cell)));
        }

        @Override
        public void close() {
            m_embedder.close();
        }
    }

    final class PhotoOnRender implements RowEmbedder {

        private final PhotoRenderEmbedder m_embedder;

        PhotoOnRender(final PhotoRenderEmbedder embedder) {
            m_embedder = embedder;
        }

        @Override
        public String modelId() {
            return m_embedder.modelId();
        }

        @Override
        public EmbeddedFace embed(final DataCell cell) throws IOException {
            return EmbeddedFace.best(m_embedder.analyse(render(cell)));
        }

        @Override
        public void close() {
            m_embedder.close();
        }
    }

    final class PhotoOnImage implements RowEmbedder {

        private final FaceAnalyzer m_analyzer;

        PhotoOnImage(final FaceAnalyzer analyzer) {
            m_analyzer = analyzer;
        }

        @Override
        public String modelId() {
            return m_analyzer.embedderId();
        }

        @Override
        public EmbeddedFace embed(final DataCell cell) throws IOException {
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
            try (FaceImage face = FaceImage.of(image)) {
                return EmbeddedFace.best(m_analyzer.apply(face));
            }
        }

        @Override
        public void close() {
            m_analyzer.close();
        }
    }
}
