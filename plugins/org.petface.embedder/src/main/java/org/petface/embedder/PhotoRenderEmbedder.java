package org.petface.embedder;

import java.util.List;

import org.petface.render.FaceRender;

/**
 * A photo-model pipeline (detector, landmarks, photo embedder) run on a render's shaded image: the published
 * baseline, behind the same interface as the depth descriptor. Embeds the highest-scoring face.
 */
public final class PhotoRenderEmbedder implements RenderEmbedder {

    private final FaceAnalyzer analyzer;

    public PhotoRenderEmbedder(FaceAnalysisOptions options, ModelFiles models) {
        this.analyzer = new FaceAnalyzer(options, models);
    }

    @Override
    public String modelId() {
        return analyzer.embedderId();
    }

    /** The detection, landmarks and embedding of the render's shaded image. */
    public FaceAnalysis analyse(FaceRender render) {
        if (render.status().isError()) {
            return new FaceAnalysis(List.of(), render.status());
        }
        try (FaceImage image = FaceImage.ofGrey(render.width(), render.height(), render.image())) {
            return analyzer.apply(image);
        }
    }

    @Override
    public EmbeddingResult embed(FaceRender render) {
        FaceAnalysis analysis = analyse(render);
        if (analysis.faces().isEmpty()) {
            return EmbeddingResult.failed(analysis.status().reason());
        }
        AnalyzedFace best = analysis.faces().get(0);
        return best.status().isOk() ? EmbeddingResult.of(best.embedding())
                : EmbeddingResult.failed(best.status().reason());
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
