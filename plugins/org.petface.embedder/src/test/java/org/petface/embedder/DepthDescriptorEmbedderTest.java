package org.petface.embedder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.petface.core.Affine;
import org.petface.core.Embedding;
import org.petface.core.Mesh;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;
import org.petface.phantom.PhantomGenerator;
import org.petface.phantom.PhantomStudy;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderer;
import org.petface.render.IsoSurface;
import org.petface.render.Projection;
import org.petface.render.RenderOptions;
import org.petface.render.Vec3;

/** The depth descriptor on CT and PET renders of a small phantom cohort at half resolution. */
class DepthDescriptorEmbedderTest {

    private static final int SUBJECTS = 6;
    private static final double PHANTOM_SCALE = 0.5;

    private static final List<PhantomStudy> STUDIES = new ArrayList<>();
    private static final List<FaceRender[]> RENDERS = new ArrayList<>();

    private final DepthDescriptorEmbedder embedder = new DepthDescriptorEmbedder();

    @BeforeAll
    static void renderCohort() {
        PhantomGenerator generator = new PhantomGenerator(11, PHANTOM_SCALE);
        for (int s = 0; s < SUBJECTS; s++) {
            PhantomStudy study = generator.generate(s, 1);
            STUDIES.add(study);
            RENDERS.add(PhantomFaces.renderCtAndPet(study));
        }
    }

    @Test
    void petAndCtOfOnePersonAreMoreAlikeThanOfTwoPeople() {
        Embedding[][] e = new Embedding[SUBJECTS][2];
        for (int s = 0; s < SUBJECTS; s++) {
            for (int m = 0; m < 2; m++) {
                EmbeddingResult r = embedder.embed(RENDERS.get(s)[m]);
                assertTrue(r.status().isOk(), "subject " + s + (m == 0 ? " CT: " : " PET: ") + r.status().reason());
                assertEquals(DepthDescriptorEmbedder.MODEL_ID, r.embedding().modelId());
                assertEquals(32 * 32, r.embedding().dimension());
                e[s][m] = r.embedding();
            }
        }
        double same = 0;
        double different = 0;
        int hits = 0;
        for (int a = 0; a < SUBJECTS; a++) {
            int nearest = -1;
            for (int b = 0; b < SUBJECTS; b++) {
                double c = e[a][1].cosineSimilarity(e[b][0]);
                if (a == b) {
                    same += c / SUBJECTS;
                } else {
                    different += c / (SUBJECTS * (SUBJECTS - 1));
                }
                if (nearest < 0 || c > e[a][1].cosineSimilarity(e[nearest][0])) {
                    nearest = b;
                }
            }
            hits += nearest == a ? 1 : 0;
        }
        String figures = String.format(Locale.ROOT, "same %.3f, different %.3f, PET->CT top-1 %d/%d", same, different,
                hits, SUBJECTS);
        assertTrue(same > different + 0.1, figures);
        assertTrue(hits >= SUBJECTS / 2, figures);
    }

    @Test
    void noseTipIsFoundWithinAFewMillimetresOfThePhantomsNoseTip() {
        int petWithin4Mm = 0;
        StringBuilder errors = new StringBuilder();
        for (int s = 0; s < SUBJECTS; s++) {
            Vec3 truth = PhantomFaces.trueNoseTip(STUDIES.get(s));
            for (int m = 0; m < 2; m++) {
                DepthAlignment a = embedder.describe(RENDERS.get(s)[m], null).alignment();
                assertTrue(a.status().isOk(), a.status().reason());
                double error = a.noseTipPoint().minus(truth).length();
                errors.append(String.format(Locale.ROOT, " %s%d %.1f", m == 0 ? "CT" : "PET", s, error));
                if (m == 0) {
                    assertTrue(error <= 3, "CT nose tip errors (mm):" + errors);
                } else {
                    petWithin4Mm += error <= 4 ? 1 : 0;
                }
            }
        }
        // the PET surface is blurred and noisy: most, not all, PET nose tips are that close
        assertTrue(petWithin4Mm >= SUBJECTS - 2, "nose tip errors (mm):" + errors);
    }

    @Test
    void detectorLandmarksOnlyNarrowTheNoseSearch() {
        FaceRender ct = RENDERS.get(1)[0];
        FaceLandmarks landmarks;
        try (PhotoRenderEmbedder photo = new PhotoRenderEmbedder(FaceAnalysisOptions.defaults(), ModelFiles.standard())) {
            FaceAnalysis analysis = photo.analyse(ct);
            assertFalse(analysis.faces().isEmpty(), analysis.status().reason());
            landmarks = analysis.faces().get(0).landmarks();
        }
        DepthAlignment alone = embedder.describe(ct, null).alignment();
        DepthAlignment hinted = embedder.describe(ct, landmarks).alignment();
        assertTrue(hinted.status().isOk(), hinted.status().reason());
        assertTrue(hinted.noseTipPoint().minus(alone.noseTipPoint()).length() < 1, "hinted " + hinted + ", alone " + alone);
    }

    @Test
    void sameRenderGivesTheSameVector() {
        float[] first = embedder.embed(RENDERS.get(0)[1]).embedding().vector();
        float[] second = new DepthDescriptorEmbedder().embed(RENDERS.get(0)[1]).embedding().vector();
        assertArrayEquals(first, second);
    }

    @Test
    void aSphereGivesAStatusNotAnException() {
        int n = 100;
        double spacing = 2.5;
        float[] voxels = new float[n * n * n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double r = Math.sqrt(Math.pow(i - n / 2.0, 2) + Math.pow(j - n / 2.0, 2) + Math.pow(k - n / 2.0, 2));
                    voxels[i + n * (j + n * k)] = r * spacing < 90 ? 0 : -1000;
                }
            }
        }
        double first = -n * spacing / 2;
        Volume sphere = new Volume(new VoxelGrid(n, n, n, Affine.axisAligned(new double[] {first, first, first},
                spacing, spacing, spacing)), voxels, VoxelUnit.HU, Modality.CT);
        FaceRender render = new FaceRenderer(RenderOptions.defaults().withSize(256, 256))
                .apply(new IsoSurface(sphere, -500));
        assertTrue(render.status().isOk(), render.status().reason());
        DepthDescriptorEmbedder.DepthDescription d = embedder.describe(render, null);
        assertFalse(d.result().status().isOk());
        assertNull(d.result().embedding());
        assertTrue(d.result().status().reason().startsWith("no nose tip found"), d.result().status().reason());
    }

    @Test
    void anEmptyOrPerspectiveRenderGivesAStatus() {
        FaceRender empty = new FaceRenderer(RenderOptions.defaults().withSize(64, 64))
                .apply(new Mesh(new float[0], new int[0], new float[0]));
        assertTrue(embedder.embed(empty).status().reason().contains("no surface"), embedder.embed(empty).status().reason());
        PhantomStudy study = STUDIES.get(0);
        FaceRender perspective = new FaceRenderer(RenderOptions.defaults().withProjection(Projection.PERSPECTIVE))
                .apply(new IsoSurface(study.ct(), -300));
        assertTrue(embedder.embed(perspective).status().reason().contains("orthographic"));
    }

    @Test
    void malformedOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DepthDescriptorOptions.defaults().withGridSize(1000));
        assertThrows(IllegalArgumentException.class, () -> DepthDescriptorOptions.defaults().withBandPass(10, 5));
        assertEquals("depth-v1:grid=48,cell=1.5,despeckle=3.0,band=3.5-15.0,box=60.0/55.0/75.0",
                new DepthDescriptorEmbedder(DepthDescriptorOptions.defaults().withGridSize(48)).modelId());
    }
}
