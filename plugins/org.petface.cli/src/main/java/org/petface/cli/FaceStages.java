package org.petface.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.petface.core.Affine;
import org.petface.core.Mesh;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderer;
import org.petface.render.IsoSurface;
import org.petface.render.RenderMethod;
import org.petface.surface.SkinThreshold;
import org.petface.surface.mask.Components;
import org.petface.surface.mask.RunMask;
import org.petface.surface.mesh.MarchingCubes;
import org.petface.surface.mesh.MeshSmoothing;
import org.petface.surface.mesh.VertexNormals;

/**
 * Volume to face render, stage by stage with wall times, as the published pipeline runs it: threshold, largest
 * 26-connected component, then either marching cubes on that component's mask + Laplacian smoothing + z-buffer
 * render, or a ray cast of the iso-surface within the component. Shared by {@code petface render} and the face
 * benchmark.
 */
final class FaceStages {

    private final SkinThreshold threshold;
    private final int smoothingIterations;
    private final FaceRenderer renderer;
    private final int threads;
    private final Map<String, Double> millis = new LinkedHashMap<>();

    FaceStages(SkinThreshold threshold, int smoothingIterations, FaceRenderer renderer, int threads) {
        this.threshold = threshold;
        this.smoothingIterations = smoothingIterations;
        this.renderer = renderer;
        this.threads = threads;
    }

    /** Wall time (ms) of each stage of the last {@link #render} call, in order. */
    Map<String, Double> millis() {
        return millis;
    }

    FaceRender render(Volume volume, RenderMethod method) {
        millis.clear();
        long t = System.nanoTime();
        SkinThreshold chosen = threshold != null ? threshold : SkinThreshold.publishedDefault(volume);
        double iso = chosen.choose(volume, threads).value();
        VoxelGrid g = volume.grid();
        RunMask above = RunMask.above(volume.voxels(), g.nx(), g.ny(), g.nz(), (float) iso, threads);
        t = lap("threshold", t);
        Components components = Components.of26(above);
        int largest = components.largest(c -> true);
        if (largest < 0) {
            throw new IllegalArgumentException("no voxel is above the skin threshold " + iso);
        }
        RunMask body = above.selectRuns(components.runsOf(largest));
        t = lap("components", t);
        FaceRender render;
        if (method == RenderMethod.RAYCAST) {
            IsoSurface surface = IsoSurface.within(volume, iso, body);
            t = lap("body mask", t);
            render = renderer.apply(surface);
        } else {
            Mesh mesh = meshOf(body, volume.affine());
            t = System.nanoTime();
            render = renderer.apply(mesh);
        }
        lap("render", t);
        return render;
    }

    /** Marching cubes on the body mask within its bounding box (padded so the surface closes), then smoothing. */
    private Mesh meshOf(RunMask body, Affine affine) {
        long t = System.nanoTime();
        int[] box = body.boundingBox();
        int i0 = box[0] - 1;
        int j0 = box[1] - 1;
        int k0 = box[2] - 1;
        int nx = box[3] - box[0] + 3;
        int ny = box[4] - box[1] + 3;
        int nz = box[5] - box[2] + 3;
        float[] field = new float[nx * ny * nz];
        byte[] row = new byte[body.nx()];
        for (int k = box[2]; k <= box[5]; k++) {
            for (int j = box[1]; j <= box[4]; j++) {
                body.fillRow(j + body.ny() * k, row, 0);
                int base = nx * ((j - j0) + ny * (k - k0)) - i0;
                for (int i = box[0]; i <= box[3]; i++) {
                    field[base + i] = row[i];
                }
            }
        }
        MarchingCubes.Surface s = MarchingCubes.extract(field, nx, ny, nz, 0.5f, threads);
        float[] v = s.vertices();
        double[] m = affine.rows();
        for (int n = 0; n < v.length; n += 3) {
            double i = v[n] + i0;
            double j = v[n + 1] + j0;
            double k = v[n + 2] + k0;
            v[n] = (float) (m[0] * i + m[1] * j + m[2] * k + m[3]);
            v[n + 1] = (float) (m[4] * i + m[5] * j + m[6] * k + m[7]);
            v[n + 2] = (float) (m[8] * i + m[9] * j + m[10] * k + m[11]);
        }
        t = lap("marching cubes", t);
        if (smoothingIterations > 0) {
            MeshSmoothing.laplacian(smoothingIterations).apply(v, s.triangles(), threads);
        }
        float[] normals = VertexNormals.of(v, s.triangles());
        lap("smoothing", t);
        return new Mesh(v, s.triangles(), normals);
    }

    private long lap(String stage, long since) {
        long now = System.nanoTime();
        millis.merge(stage, (now - since) / 1e6, Double::sum);
        return now;
    }
}
