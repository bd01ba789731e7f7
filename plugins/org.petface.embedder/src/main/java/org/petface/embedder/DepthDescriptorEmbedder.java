package org.petface.embedder;

import org.petface.core.Embedding;
import org.petface.render.FaceRender;

/**
 * The depth descriptor: the 3-D shape of the face that a photo-trained model never sees. The render's depth map is
 * resampled to a metric grid, band-passed (so a CT and a PET surface of one person, which differ in sharpness, in
 * where the threshold put the skin and in head pose, agree), aligned on the nose tip and the face's symmetry axis
 * (no photo detector involved), and sampled on a fixed grid over the face box; cells without surface are 0, the
 * vector has unit length. Needs an orthographic render (the renderer's default). Thread-safe.
 */
public final class DepthDescriptorEmbedder implements RenderEmbedder {

    public static final String MODEL_ID = "depth-v1";

    private final DepthDescriptorOptions options;

    public DepthDescriptorEmbedder(DepthDescriptorOptions options) {
        this.options = options;
    }

    public DepthDescriptorEmbedder() {
        this(DepthDescriptorOptions.defaults());
    }

    public DepthDescriptorOptions options() {
        return options;
    }

    @Override
    public String modelId() {
        return options.modelId();
    }

    /** The alignment and the embedding (failed, with the alignment's reason, when no face was found). */
    public record DepthDescription(DepthAlignment alignment, EmbeddingResult result) {
    }

    @Override
    public EmbeddingResult embed(FaceRender render) {
        return describe(render, null).result();
    }

    /**
     * Aligns and embeds; {@code landmarks} (pixels of the render's image, e.g. from a detector run on its shaded
     * image) only narrow the nose search and may be null.
     */
    public DepthDescription describe(FaceRender render, FaceLandmarks landmarks) {
        DepthFaceAligner.AlignedFace face = DepthFaceAligner.align(render, landmarks, options);
        DepthAlignment alignment = face.alignment();
        if (!alignment.status().isOk()) {
            return new DepthDescription(alignment, EmbeddingResult.failed(alignment.status().reason()));
        }
        int n = options.gridSize();
        float[] vector = new float[n * n];
        double norm = 0;
        for (int row = 0; row < n; row++) {
            double t = options.faceAboveMm() - (row + 0.5) * (options.faceAboveMm() + options.faceBelowMm()) / n;
            for (int col = 0; col < n; col++) {
                double s = -options.faceHalfWidthMm() + (col + 0.5) * 2 * options.faceHalfWidthMm() / n;
                double h = face.band().sample(face.a(s, t), face.b(s, t));
                if (!Double.isNaN(h)) {
                    vector[col + n * row] = (float) h;
                    norm += h * h;
                }
            }
        }
        if (!(norm > 0)) {
            return new DepthDescription(alignment, EmbeddingResult.failed("the face box holds no surface relief"));
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return new DepthDescription(alignment, EmbeddingResult.of(new Embedding(vector, modelId())));
    }

    @Override
    public void close() {
        // holds no resources
    }
}
