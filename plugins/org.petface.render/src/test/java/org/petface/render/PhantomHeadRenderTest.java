package org.petface.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.phantom.PhantomGenerator;

/**
 * Renders a phantom CT head straight from the volume. Set -Dpetface.render.out=DIR to keep the PNGs for a look.
 */
class PhantomHeadRenderTest {

    /** CT skin threshold (HU). */
    private static final double SKIN_HU = -300;
    /** The phantom's couch top is at y = 125 mm at the centre, curving up at the sides; the body lies on it. */
    private static final double BODY_MAX_Y = 120;
    private static final double BODY_MAX_ABS_X = 170;

    private static Volume ct;

    @BeforeAll
    static void generate() {
        ct = new PhantomGenerator(7, 1).generate(3, 1).ct();
    }

    @Test
    void markerOnTheLeftBrowShowsOnTheImagesRightAndUpperHalf(@TempDir Path tmp) throws IOException {
        RenderOptions options = RenderOptions.defaults().withSize(256, 256);
        FaceRender plain = new FaceRenderer(options).apply(body(ct));
        assertTrue(plain.status().isOk(), plain.status().reason());
        Vec3 nose = nearestPoint(plain);
        Vec3 marker = new Vec3(nose.x() + 40, nose.y() + 12, nose.z() + 30);
        FaceRender marked = new FaceRenderer(options.withCamera(plain.camera())).apply(body(withBall(ct, marker, 10)));
        int changed = 0;
        double sumCol = 0;
        double sumRow = 0;
        for (int row = 0; row < 256; row++) {
            for (int col = 0; col < 256; col++) {
                if (plain.grey(col, row) != marked.grey(col, row)) {
                    changed++;
                    sumCol += col;
                    sumRow += row;
                }
            }
        }
        assertTrue(changed > 20, "the marker changed " + changed + " pixels");
        double[] noseUv = plain.camera().project(nose);
        assertTrue(sumCol / changed > noseUv[0] + 10, "marker column " + sumCol / changed + ", nose " + noseUv[0]);
        assertTrue(sumRow / changed < noseUv[1] - 10, "marker row " + sumRow / changed + ", nose " + noseUv[1]);
        Path out = outputFolder(tmp);
        FaceRenderPng.writeImage(plain, out.resolve("phantom-ct-raycast.png"));
        FaceRenderPng.writeImage(marked, out.resolve("phantom-ct-marker.png"));
        FaceRenderPng.writeDepth(plain, out.resolve("phantom-ct-depth.png"));
    }

    @Test
    void headIsUprightWithTheNoseBelowTheCrownAndNearTheMidline(@TempDir Path tmp) throws IOException {
        FaceRender render = new FaceRenderer(RenderOptions.defaults().withSize(256, 256)).apply(body(ct));
        int topRow = -1;
        for (int p = 0; p < render.mask().length && topRow < 0; p++) {
            if (render.mask()[p]) {
                topRow = p / 256;
            }
        }
        double[] nose = render.camera().project(nearestPoint(render));
        assertTrue(topRow < 40, "the crown is at the top: first surface row " + topRow);
        assertTrue(nose[1] > 128, "the nose tip is in the lower half: row " + nose[1]);
        assertTrue(Math.abs(nose[0] - 128) < 10, "the nose tip is near the vertical midline: column " + nose[0]);
        for (double yaw : new double[] {-45, 45}) {
            FaceRender turned = new FaceRenderer(RenderOptions.defaults().withSize(256, 256).withView(yaw, 0))
                    .apply(body(ct));
            FaceRenderPng.writeImage(turned, outputFolder(tmp).resolve("phantom-ct-yaw" + (int) yaw + ".png"));
        }
    }

    private static Path outputFolder(Path tmp) throws IOException {
        String kept = System.getProperty("petface.render.out");
        return kept == null ? tmp : Files.createDirectories(Path.of(kept));
    }

    /** The surface point nearest the camera. */
    static Vec3 nearestPoint(FaceRender render) {
        int best = -1;
        for (int p = 0; p < render.depthMm().length; p++) {
            if (render.mask()[p] && (best < 0 || render.depthMm()[p] < render.depthMm()[best])) {
                best = p;
            }
        }
        return render.surfacePoint(best % render.width(), best / render.width());
    }

    /** The skin surface of the patient, without the couch (a stand-in for stage 3's body component). */
    static IsoSurface body(Volume volume) {
        VoxelGrid g = volume.grid();
        boolean[] keep = new boolean[g.voxelCount()];
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                boolean body = volume.affine().apply(0, j, k)[1] < BODY_MAX_Y;
                for (int i = 0; i < g.nx(); i++) {
                    keep[g.index(i, j, k)] = body && Math.abs(volume.affine().apply(i, j, k)[0]) < BODY_MAX_ABS_X;
                }
            }
        }
        return new IsoSurface(volume, SKIN_HU, keep);
    }

    private static Volume withBall(Volume volume, Vec3 centre, double radius) {
        float[] v = volume.voxels().clone();
        VoxelGrid g = volume.grid();
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    double[] p = volume.affine().apply(i, j, k);
                    if (new Vec3(p[0], p[1], p[2]).minus(centre).length() <= radius) {
                        v[g.index(i, j, k)] = 1000;
                    }
                }
            }
        }
        return volume.withVoxels(v, volume.unit());
    }
}
