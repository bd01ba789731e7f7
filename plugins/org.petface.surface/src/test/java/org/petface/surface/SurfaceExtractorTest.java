package org.petface.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.petface.core.Affine;
import org.petface.core.Mesh;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.phantom.PhantomGenerator;
import org.petface.phantom.PhantomStudy;
import org.petface.surface.mesh.MeshMeasures;

/** Stage 3 on the phantom: the CT skin as the reference, the bed left out, PET thresholds against it. */
class SurfaceExtractorTest {

    private static PhantomStudy study;
    private static Mesh ctSkin;
    private static SurfaceDistance toCtSkin;

    @BeforeAll
    static void phantom() {
        study = new PhantomGenerator(1, 1).generate(0, 1);
        SurfaceResult ct = new SurfaceExtractor(SurfaceOptions.defaults()).apply(study.ct());
        assertTrue(ct.status().isOk(), ct.status().reason());
        ctSkin = ct.mesh();
        toCtSkin = new SurfaceDistance(ctSkin.vertices(), 2.0);
    }

    @Test
    void ctSkinIsClosedOutwardAndLeavesTheCouchOut() {
        assertTrue(MeshMeasures.isClosedAndOriented(ctSkin.vertexCount(), ctSkin.triangles()));
        double volumeMl = MeshMeasures.enclosedVolume(ctSkin.vertices(), ctSkin.triangles()) / 1000;
        assertTrue(volumeMl > 2000 && volumeMl < 8000, "head and neck volume " + volumeMl + " ml");
        // The couch's top is at y = 125 mm and it is 460 mm wide; the patient lies above it.
        double[] b = ctSkin.bounds();
        assertTrue(b[4] < 120, "skin reaches y " + b[4]);
        assertTrue(b[3] - b[0] < 300, "skin is " + (b[3] - b[0]) + " mm wide");
    }

    @Test
    void couchTouchingThePatientThroughAThinHeadrestIsCutOff() {
        Volume ct = withHeadrest(study.ct());
        SurfaceResult joined = new SurfaceExtractor(SurfaceOptions.defaults().withBedSeparationMm(0)).apply(ct);
        assertTrue(joined.mesh().bounds()[4] > 140, "without bed separation the couch is part of the body");
        SurfaceResult separated = new SurfaceExtractor(SurfaceOptions.defaults()).apply(ct);
        assertTrue(separated.mesh().bounds()[4] < 120, "skin reaches y " + separated.mesh().bounds()[4]);
        assertEquals(ctSkin.triangleCount(), separated.mesh().triangleCount(), 0.01 * ctSkin.triangleCount());
    }

    @Test
    void adaptiveThresholdFindsPetSkinWhereThe95thPercentileCutsIntoTissue() {
        // Cropped in-plane so that the body is about 8% of the voxels: the 95th percentile lies in soft tissue.
        Volume pet = embed(study.petSuv(), -15, 0);
        double[] p95 = distances(pet, new SkinThreshold.Percentile(95));
        double[] adaptive = distances(pet, new SkinThreshold.Adaptive());
        assertTrue(adaptive[1] < 3, "adaptive: 90% of the PET skin within " + adaptive[1] + " mm of the CT skin");
        assertTrue(p95[1] > 3, "95th percentile: 90% within " + p95[1] + " mm");
    }

    @Test
    void adaptiveThresholdFindsPetSkinWhenTheBodyIsASmallPartOfTheFieldOfView() {
        Volume pet = embed(study.petSuv(), 80, 40);
        double[] p95 = distances(pet, new SkinThreshold.Percentile(95));
        double[] adaptive = distances(pet, new SkinThreshold.Adaptive());
        assertTrue(adaptive[1] < 3, "adaptive: 90% of the PET skin within " + adaptive[1] + " mm of the CT skin");
        assertTrue(p95[0] > 3, "95th percentile: half the surface further than " + p95[0] + " mm (noise)");
    }

    @Test
    void headCropKeepsTheHeadOnly() {
        SurfaceResult r = new SurfaceExtractor(SurfaceOptions.defaults().withCropToHead(true)
                .withOpeningClosingMm(1, 4)).apply(study.petSuv());
        double[] whole = ctSkin.bounds();
        double[] head = r.mesh().bounds();
        assertTrue(head[5] - head[2] < 250 + 10, "head height " + (head[5] - head[2]));
        assertTrue(head[5] > whole[5] - 5, "head reaches the vertex");
        assertTrue(MeshMeasures.isClosedAndOriented(r.mesh().vertexCount(), r.mesh().triangles()));
    }

    @Test
    void decimationReachesTheTarget() {
        SurfaceResult r = new SurfaceExtractor(SurfaceOptions.defaults().withTargetTriangles(20_000))
                .apply(study.petSuv());
        assertTrue(r.mesh().triangleCount() <= 20_000 && r.mesh().triangleCount() > 15_000,
                "triangles " + r.mesh().triangleCount());
        double volume = MeshMeasures.enclosedVolume(r.mesh().vertices(), r.mesh().triangles());
        double reference = MeshMeasures.enclosedVolume(ctSkin.vertices(), ctSkin.triangles());
        assertEquals(reference, volume, 0.1 * reference);
    }

    @Test
    void emptyVolumeGivesAnErrorStatus() {
        VoxelGrid g = new VoxelGrid(8, 8, 8, Affine.axisAligned(new double[3], 1, 1, 1));
        SurfaceResult r = new SurfaceExtractor(SurfaceOptions.defaults().withThreshold(new SkinThreshold.Fixed(1)))
                .apply(new Volume(g, new float[512], org.petface.core.VoxelUnit.SUV_BW,
                        org.petface.core.Modality.PT));
        assertTrue(r.status().isError());
        assertEquals(0, r.mesh().triangleCount());
    }

    /** Median and 90th percentile of the distance from the PET skin to the CT skin. */
    private static double[] distances(Volume pet, SkinThreshold threshold) {
        SurfaceResult r = new SurfaceExtractor(SurfaceOptions.defaults().withThreshold(threshold)).apply(pet);
        return toCtSkin.quantiles(r.mesh().vertices(), 0.5, 0.9);
    }

    /** A 3-voxel-wide, 30-slice wall of soft tissue filling the air between the back of the head and the couch. */
    private static Volume withHeadrest(Volume ct) {
        VoxelGrid g = ct.grid();
        float[] v = ct.voxels().clone();
        int i0 = g.nx() / 2;
        int kMid = g.nz() * 2 / 3;
        for (int k = kMid - 15; k < kMid + 15; k++) {
            for (int i = i0 - 1; i <= i0 + 1; i++) {
                for (int jj = 0; jj < g.ny(); jj++) {
                    double y = g.affine().apply(i, jj, k)[1];
                    if (y > 60 && y < 127 && v[g.index(i, jj, k)] < -500) {
                        v[g.index(i, jj, k)] = 40;
                    }
                }
            }
        }
        return ct.withVoxels(v, ct.unit());
    }

    /** The volume inside a larger (pad > 0) or smaller (pad < 0) field of view, zeros around it. */
    static Volume embed(Volume v, int pad, int padZ) {
        VoxelGrid g = v.grid();
        int nx = g.nx() + 2 * pad;
        int ny = g.ny() + 2 * pad;
        int nz = g.nz() + 2 * padZ;
        double[] r = g.affine().rows();
        double[] origin = g.affine().apply(-pad, -pad, -padZ);
        r[3] = origin[0];
        r[7] = origin[1];
        r[11] = origin[2];
        VoxelGrid out = new VoxelGrid(nx, ny, nz, Affine.ofRows(r));
        float[] dst = new float[out.voxelCount()];
        float[] src = v.voxels();
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int si = i - pad;
                    int sj = j - pad;
                    int sk = k - padZ;
                    if (g.contains(si, sj, sk)) {
                        dst[out.index(i, j, k)] = src[g.index(si, sj, sk)];
                    }
                }
            }
        }
        return new Volume(out, dst, v.unit(), v.modality());
    }
}
