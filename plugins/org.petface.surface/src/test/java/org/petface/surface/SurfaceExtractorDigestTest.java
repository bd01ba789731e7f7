package org.petface.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.petface.core.Mesh;
import org.petface.phantom.PhantomGenerator;
import org.petface.phantom.PhantomStudy;
import org.petface.surface.SurfaceResult.StepTime;

/**
 * Pins the extractor's output bit for bit: the digests, counts, notes and step names were recorded from the
 * single-method extractor of commit 84f94b4, before stage 3 was split into {@link BodySegmenter} and
 * {@link SkinMesher}; a refactoring that changes any of them shows up here.
 */
class SurfaceExtractorDigestTest {

    private static PhantomStudy study;

    @BeforeAll
    static void phantom() {
        study = new PhantomGenerator(5, 0.5).generate(0, 1);
    }

    @Test
    void ctSkinWithDefaultsIsAsRecorded() {
        SurfaceResult r = new SurfaceExtractor(SurfaceOptions.defaults().withThreads(2)).apply(study.ct());
        assertEquals("196dd91e59f79d26ad3b91ef28e196ed3b5595d15cc5b3a327c51c1f202af183", digest(r.mesh()));
        assertEquals(List.of(40532, 81060, 218294L),
                List.of(r.mesh().vertexCount(), r.mesh().triangleCount(), r.componentVoxels()));
        assertEquals(List.of("threshold Otsu: -416.3 HU",
                "body core after a 3x3x1-voxel erosion: largest of 1 components (0 bed-like); 44645 voxels of large "
                        + "attached structures (bed) left out",
                "filled 518 voxels of internal cavities",
                "marching cubes: 40532 vertices, 81060 triangles; smoothing taubin x5 (lambda 0.50, mu -0.53)"),
                r.notes());
        assertEquals(List.of("threshold", "mask", "components", "clean-up", "field", "marching cubes", "smoothing",
                "normals"), steps(r));
    }

    @Test
    void petHeadOpenedClosedAndDecimatedIsAsRecorded() {
        SurfaceOptions options = SurfaceOptions.defaults().withThreads(2).withCropToHead(true)
                .withOpeningClosingMm(1, 4).withTargetTriangles(8_000);
        SurfaceResult r = new SurfaceExtractor(options).apply(study.petSuv());
        assertEquals("dc50c89a8295dc6084a73a05cea2faec80cd361eb7363c31ef3d777cc15efb7d", digest(r.mesh()));
        assertEquals(List.of(3983, 7974, 29207L),
                List.of(r.mesh().vertexCount(), r.mesh().triangleCount(), r.componentVoxels()));
        assertEquals(List.of("threshold 95th percentile: 0.6448 SUVbw", "largest of 1 components",
                "head region: k planes 20..70", "filled 669 voxels of internal cavities",
                "marching cubes: 8244 vertices, 16484 triangles; smoothing taubin x5 (lambda 0.50, mu -0.53)",
                "decimated to 7974 triangles (clusters of 6.20 mm)"), r.notes());
        assertEquals(List.of("threshold", "mask", "components", "clean-up", "field", "marching cubes", "smoothing",
                "decimation", "normals"), steps(r));
    }

    @Test
    void nothingAboveTheThresholdIsAsRecorded() {
        SurfaceResult r = new SurfaceExtractor(SurfaceOptions.defaults().withThreads(2)
                .withThreshold(new SkinThreshold.Fixed(5000))).apply(study.ct());
        assertEquals("no voxel above the threshold", r.status().reason());
        assertEquals(0, r.mesh().triangleCount());
        assertEquals(List.of("threshold fixed: 5000 HU"), r.notes());
        assertEquals(List.of("threshold", "mask"), steps(r));
    }

    private static List<String> steps(SurfaceResult r) {
        return r.timings().stream().map(StepTime::step).toList();
    }

    /** SHA-256 of the raw bits of the vertex, triangle and normal arrays. */
    private static String digest(Mesh mesh) {
        ByteBuffer b = ByteBuffer.allocate(4 * (mesh.vertices().length + mesh.triangles().length
                + mesh.normals().length));
        for (float v : mesh.vertices()) {
            b.putInt(Float.floatToRawIntBits(v));
        }
        for (int t : mesh.triangles()) {
            b.putInt(t);
        }
        for (float n : mesh.normals()) {
            b.putInt(Float.floatToRawIntBits(n));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
