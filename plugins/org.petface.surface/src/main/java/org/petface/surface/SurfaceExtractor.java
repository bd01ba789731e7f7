package org.petface.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.petface.core.Affine;
import org.petface.core.Mesh;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.surface.SkinThreshold.ChosenThreshold;
import org.petface.surface.SurfaceResult.StepTime;
import org.petface.surface.mask.BodySelector;
import org.petface.surface.mask.HoleFilling;
import org.petface.surface.mask.Morphology;
import org.petface.surface.mask.RunMask;
import org.petface.surface.mesh.MarchingCubes;
import org.petface.surface.mesh.MeshSmoothing;
import org.petface.surface.mesh.VertexClustering;
import org.petface.surface.mesh.VertexNormals;
import org.petface.volume.ops.ParallelRange;

/**
 * Stage 3: the skin surface of a PET or CT volume. Thresholds the volume, keeps the body (not the bed, not noise),
 * optionally only its head, fills internal cavities, and runs marching cubes on the voxel values inside a box
 * around the body, with voxels outside the kept body pushed below the threshold and cavities above it, so the
 * surface is the outer skin at sub-voxel precision. Then smoothing, optional decimation and vertex normals.
 */
public final class SurfaceExtractor {

    private final SurfaceOptions options;

    public SurfaceExtractor(SurfaceOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public SurfaceOptions options() {
        return options;
    }

    public SurfaceResult apply(Volume volume) {
        Steps steps = new Steps();
        List<String> notes = new ArrayList<>();
        int threads = options.threads();
        SkinThreshold choice = options.threshold() != null ? options.threshold()
                : SkinThreshold.publishedDefault(volume);
        ChosenThreshold threshold = choice.choose(volume, threads);
        steps.done("threshold");
        notes.add("threshold " + threshold.description());
        if (!Double.isFinite(threshold.value())) {
            return failure(threshold, "no usable threshold (" + threshold.description() + ")", notes, steps);
        }
        VoxelGrid grid = volume.grid();
        Affine affine = grid.affine();
        double[] spacing = grid.spacing();
        float t = (float) threshold.value();
        RunMask mask = RunMask.above(volume.voxels(), grid.nx(), grid.ny(), grid.nz(), t, threads);
        steps.done("mask");
        if (mask.isEmpty()) {
            return failure(threshold, "no voxel above the threshold", notes, steps);
        }
        BodySelector.Selection selection = BodySelector.select(mask, radius(options.bedSeparationMm(), spacing),
                spacing, HeadRegion.closestAxis(affine, 1), HeadRegion.closestAxis(affine, 0));
        RunMask body = selection.body();
        notes.add(selection.note());
        steps.done("components");
        boolean[] seedFaces = {true, true, true, true, true, true};
        int[] fillLo = {0, 0, 0};
        int[] fillHi = {grid.nx() - 1, grid.ny() - 1, grid.nz() - 1};
        if (options.cropToHead()) {
            HeadRegion head = HeadRegion.of(body, affine, options.headHeightMm());
            body = body.clip(head.axis(), head.first(), head.last());
            seedFaces[2 * head.axis()] = !head.cutLow();
            seedFaces[2 * head.axis() + 1] = !head.cutHigh();
            fillLo[head.axis()] = head.first();
            fillHi[head.axis()] = head.last();
            notes.add(String.format(Locale.ROOT, "head region: %s planes %d..%d", "ijk".charAt(head.axis()),
                    head.first(), head.last()));
        }
        if (options.openingMm() > 0) {
            int[] r = radius(options.openingMm(), spacing);
            body = Morphology.open(body, r[0], r[1], r[2]);
        }
        if (options.closingMm() > 0) {
            int[] r = radius(options.closingMm(), spacing);
            body = Morphology.close(body, r[0], r[1], r[2]);
        }
        if (options.fillHoles()) {
            long before = body.voxelCount();
            body = HoleFilling.fill(body, seedFaces, fillLo, fillHi);
            notes.add("filled " + (body.voxelCount() - before) + " voxels of internal cavities");
        }
        steps.done("clean-up");
        long voxels = body.voxelCount();
        double ml = voxels * spacing[0] * spacing[1] * spacing[2] / 1000;
        int[] box = body.boundingBox();
        if (box == null) {
            return failure(threshold, "no body left after clean-up", notes, steps);
        }
        int[] lo = {box[0] - 1, box[1] - 1, box[2] - 1};
        int[] size = {box[3] - box[0] + 3, box[4] - box[1] + 3, box[5] - box[2] + 3};
        float[] field = skinField(volume, body, t, lo, size, threads);
        steps.done("field");
        MarchingCubes.Surface s = MarchingCubes.extract(field, size[0], size[1], size[2], t, threads);
        float[] vertices = s.vertices();
        int[] triangles = s.triangles();
        toPatient(vertices, triangles, affine, lo);
        steps.done("marching cubes");
        options.smoothing().apply(vertices, triangles, threads);
        steps.done("smoothing");
        notes.add(String.format(Locale.ROOT, "marching cubes: %d vertices, %d triangles; smoothing %s",
                s.vertexCount(), s.triangleCount(), options.smoothing().describe()));
        if (options.targetTriangles() > 0) {
            VertexClustering.Decimated d = VertexClustering.toTarget(vertices, triangles, options.targetTriangles());
            if (d.cellMm() > 0) {
                notes.add(String.format(Locale.ROOT, "decimated to %d triangles (clusters of %.2f mm)",
                        d.triangles().length / 3, d.cellMm()));
            }
            vertices = d.vertices();
            triangles = d.triangles();
            steps.done("decimation");
        }
        Mesh mesh = new Mesh(vertices, triangles, VertexNormals.of(vertices, triangles));
        steps.done("normals");
        return new SurfaceResult(mesh, threshold, voxels, ml, Status.ok(), notes, steps.times);
    }

    private static SurfaceResult failure(ChosenThreshold threshold, String reason, List<String> notes, Steps steps) {
        return new SurfaceResult(new Mesh(new float[0], new int[0], new float[0]), threshold, 0, 0,
                Status.error(reason), notes, steps.times);
    }

    /** Box half-widths in voxels that make a box about mm wide along each axis. */
    private static int[] radius(double mm, double[] spacing) {
        int[] r = new int[3];
        for (int a = 0; a < 3; a++) {
            r[a] = (int) Math.round(mm / (2 * spacing[a]));
        }
        return r;
    }

    /**
     * The voxel values in the box lo..lo+size, with kept-body voxels at or below the threshold raised just above
     * it and all other voxels above it (bed, noise, cut-off parts) lowered just below; outside the grid is air.
     */
    static float[] skinField(Volume volume, RunMask body, float t, int[] lo, int[] size, int threads) {
        VoxelGrid grid = volume.grid();
        float[] src = volume.voxels();
        int nx = grid.nx();
        int ny = grid.ny();
        int nz = grid.nz();
        float margin = 1e-3f * (1 + Math.abs(t));
        float inside = t + margin;
        float outside = t - margin;
        float[] field = new float[size[0] * size[1] * size[2]];
        ParallelRange.forEach(size[2], threads, kk -> {
            byte[] flags = new byte[nx];
            int k = lo[2] + kk;
            for (int jj = 0; jj < size[1]; jj++) {
                int j = lo[1] + jj;
                int out = (kk * size[1] + jj) * size[0];
                if (k < 0 || k >= nz || j < 0 || j >= ny) {
                    java.util.Arrays.fill(field, out, out + size[0], outside);
                    continue;
                }
                int row = j + ny * k;
                body.fillRow(row, flags, 0);
                int base = row * nx;
                for (int ii = 0; ii < size[0]; ii++) {
                    int i = lo[0] + ii;
                    if (i < 0 || i >= nx) {
                        field[out + ii] = outside;
                        continue;
                    }
                    float v = src[base + i];
                    if (flags[i] != 0) {
                        field[out + ii] = v > inside ? v : inside;
                    } else {
                        field[out + ii] = v < outside ? v : outside;
                    }
                }
            }
        });
        return field;
    }

    /** Box voxel coordinates to patient mm; reverses the winding when the affine mirrors. */
    private static void toPatient(float[] v, int[] triangles, Affine affine, int[] lo) {
        double[] m = affine.rows();
        for (int p = 0; p < v.length; p += 3) {
            double i = v[p] + lo[0];
            double j = v[p + 1] + lo[1];
            double k = v[p + 2] + lo[2];
            v[p] = (float) (m[0] * i + m[1] * j + m[2] * k + m[3]);
            v[p + 1] = (float) (m[4] * i + m[5] * j + m[6] * k + m[7]);
            v[p + 2] = (float) (m[8] * i + m[9] * j + m[10] * k + m[11]);
        }
        double det = m[0] * (m[5] * m[10] - m[6] * m[9]) - m[1] * (m[4] * m[10] - m[6] * m[8])
                + m[2] * (m[4] * m[9] - m[5] * m[8]);
        if (det < 0) {
            for (int n = 0; n < triangles.length; n += 3) {
                int swap = triangles[n + 1];
                triangles[n + 1] = triangles[n + 2];
                triangles[n + 2] = swap;
            }
        }
    }

    /** Wall time per step, measured between calls to done(). */
    private static final class Steps {
        private final List<StepTime> times = new ArrayList<>();
        private long last = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            times.add(new StepTime(step, (now - last) / 1e6));
            last = now;
        }
    }
}
