package org.petface.experiment;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.petface.core.Mesh;
import org.petface.core.Volume;
import org.petface.embedder.AnalyzedFace;
import org.petface.embedder.EmbeddingResult;
import org.petface.embedder.FaceAnalysis;
import org.petface.embedder.FaceAnalyzer;
import org.petface.embedder.FaceImage;
import org.petface.embedder.FaceLandmarks;
import org.petface.embedder.RenderEmbedder;
import org.petface.matcher.shape.FaceRegion;
import org.petface.matcher.shape.ShapeMatchOptions;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderPng;
import org.petface.render.Vec3;
import org.petface.render.VolumeFaceRenderer;
import org.petface.render.VolumeRenderResult;
import org.petface.surface.SurfaceResult;
import org.petface.surface.mesh.VertexClustering;
import org.petface.surface.mesh.VertexNormals;

/**
 * Stages 3 to 5 for one study: skin surface, face render, face detection and the vectors of every chosen method.
 * Keeps nothing of the volume. Thread-safe: the stages hold only options and shared, thread-safe models.
 */
final class StudyPipeline {

    /** Landmark pixels without a surface hit look for one this many pixels around. */
    private static final int LANDMARK_SEARCH_PX = 3;
    /**
     * The jaw line (points 0-16) is left out: in a frontal render it is the silhouette, whose depth belongs to
     * wherever the view ray grazes the cheek, not to an anatomical point.
     */
    static final int FIRST_LIFTED_LANDMARK = 17;
    /** Fewer face-region points than this cannot constrain a rigid registration reliably. */
    private static final int MIN_FACE_POINTS = 30;

    private final VolumeFaceRenderer faces;
    private final FaceAnalyzer analyzer;
    private final RenderEmbedder depthEmbedder;
    private final Set<Method> methods;
    private final int shapeTriangles;
    private final ShapeMatchOptions shapeOptions;
    private final StageTimes times;

    /**
     * @param analyzer      the face detector and deep embedder; null when no chosen method needs a detected face
     * @param depthEmbedder the depth descriptor; null when the depth method is not chosen
     */
    StudyPipeline(VolumeFaceRenderer faces, FaceAnalyzer analyzer, RenderEmbedder depthEmbedder, Set<Method> methods,
            int shapeTriangles, ShapeMatchOptions shapeOptions, StageTimes times) {
        this.faces = faces;
        this.analyzer = analyzer;
        this.depthEmbedder = depthEmbedder;
        this.methods = Set.copyOf(methods);
        this.shapeTriangles = shapeTriangles;
        this.shapeOptions = shapeOptions;
        this.times = times;
    }

    /** Never throws for a bad study: an unexpected error in a stage becomes a failure row naming the stage. */
    StudyFaces apply(StudyKey key, Volume volume) {
        String[] stage = {"surface"};
        try {
            return run(key, volume, stage);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return StudyFaces.failed(key, stage[0], message);
        }
    }

    private StudyFaces run(StudyKey key, Volume volume, String[] stage) {
        VolumeRenderResult face = faces.apply(volume);
        for (SurfaceResult.StepTime step : face.timings()) {
            times.add(VolumeFaceRenderer.RENDER_STAGE.equals(step.step()) ? "render" : "surface",
                    (long) (step.millis() * 1e6));
        }
        if (face.render() == null) {
            return StudyFaces.failed(key, "surface", face.status().reason());
        }
        stage[0] = "render";
        FaceRender render = face.render();
        long t = System.nanoTime();
        byte[] png = FaceRenderPng.image(render);
        t = lap("render", t);
        if (render.status().isError()) {
            return StudyFaces.failed(key, "render", render.status().reason());
        }
        Map<Method, float[]> vectors = new EnumMap<>(Method.class);
        Map<Method, String> misses = new EnumMap<>(Method.class);
        if (analyzer != null) {
            stage[0] = "detect+embed";
            detectAndEmbed(render, vectors, misses);
            t = lap("detect+embed", t);
        }
        if (depthEmbedder != null) {
            stage[0] = "depth";
            EmbeddingResult depth = depthEmbedder.embed(render);
            if (depth.embedding() != null && !depth.status().isError()) {
                vectors.put(Method.DEPTH, depth.embedding().vector());
            } else {
                misses.put(Method.DEPTH, depth.status().reason());
            }
            t = lap("depth", t);
        }
        Mesh shapeMesh = null;
        if (methods.contains(Method.SHAPE)) {
            stage[0] = "shape mesh";
            shapeMesh = thinned(face.surface().mesh());
            int facePoints = FaceRegion.crop(shapeMesh, shapeOptions, shapeOptions.probeSpacingMm()).count();
            if (facePoints < MIN_FACE_POINTS) {
                misses.put(Method.SHAPE, "only " + facePoints + " mesh points in the face region");
                shapeMesh = null;
            }
            lap("surface", t);
        }
        return new StudyFaces(key, png, shapeMesh, vectors, misses, null, "");
    }

    private void detectAndEmbed(FaceRender render, Map<Method, float[]> vectors, Map<Method, String> misses) {
        FaceAnalysis analysis;
        try (FaceImage image = FaceImage.ofGrey(render.width(), render.height(), render.image())) {
            analysis = analyzer.apply(image);
        }
        AnalyzedFace face = analysis.faces().isEmpty() ? null : analysis.faces().get(0);
        String noFace = face == null ? analysis.status().reason()
                : face.landmarks() == null ? face.status().reason() : null;
        if (methods.contains(Method.DEEP)) {
            if (noFace != null) {
                misses.put(Method.DEEP, noFace);
            } else if (face.embedding() == null) {
                misses.put(Method.DEEP, face.status().reason());
            } else {
                vectors.put(Method.DEEP, face.embedding().vector());
            }
        }
        if (methods.contains(Method.LANDMARKS)) {
            float[] lifted = noFace == null ? liftLandmarks(face.landmarks(), render) : null;
            if (lifted != null) {
                vectors.put(Method.LANDMARKS, lifted);
            } else {
                misses.put(Method.LANDMARKS, noFace != null ? noFace : "a landmark lies off the face surface");
            }
        }
    }

    /**
     * The inner landmarks (brows, nose, eyes, mouth) as patient-space points (x,y,z interleaved, mm): each image
     * point unprojected at the depth of its pixel, or of the nearest surface pixel within a few pixels; null if one
     * finds no surface.
     */
    static float[] liftLandmarks(FaceLandmarks landmarks, FaceRender render) {
        float[] out = new float[(FaceLandmarks.POINTS - FIRST_LIFTED_LANDMARK) * 3];
        for (int p = FIRST_LIFTED_LANDMARK; p < FaceLandmarks.POINTS; p++) {
            double x = landmarks.x(p);
            double y = landmarks.y(p);
            float depth = nearestDepth(render, (int) Math.floor(x), (int) Math.floor(y));
            if (Float.isNaN(depth)) {
                return null;
            }
            Vec3 point = render.camera().unproject(x, y, depth);
            int o = 3 * (p - FIRST_LIFTED_LANDMARK);
            out[o] = (float) point.x();
            out[o + 1] = (float) point.y();
            out[o + 2] = (float) point.z();
        }
        return out;
    }

    private static float nearestDepth(FaceRender render, int column, int row) {
        float best = Float.NaN;
        int bestDistance = Integer.MAX_VALUE;
        for (int dr = -LANDMARK_SEARCH_PX; dr <= LANDMARK_SEARCH_PX; dr++) {
            for (int dc = -LANDMARK_SEARCH_PX; dc <= LANDMARK_SEARCH_PX; dc++) {
                int c = column + dc;
                int r = row + dr;
                int d = dc * dc + dr * dr;
                if (c < 0 || r < 0 || c >= render.width() || r >= render.height() || d >= bestDistance) {
                    continue;
                }
                float depth = render.depth(c, r);
                if (!Float.isNaN(depth)) {
                    best = depth;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** The skin mesh decimated for the shape matcher, so that a cohort of meshes fits in memory. */
    private Mesh thinned(Mesh mesh) {
        VertexClustering.Decimated d = VertexClustering.toTarget(mesh.vertices(), mesh.triangles(), shapeTriangles);
        if (d.vertices() == mesh.vertices()) {
            return mesh;
        }
        return new Mesh(d.vertices(), d.triangles(), VertexNormals.of(d.vertices(), d.triangles()));
    }

    private long lap(String stage, long since) {
        long now = System.nanoTime();
        times.add(stage, now - since);
        return now;
    }
}
