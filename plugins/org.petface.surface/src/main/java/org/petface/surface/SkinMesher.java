package org.petface.surface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.petface.core.Affine;
import org.petface.core.Mesh;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.surface.mask.RunMask;
import org.petface.surface.mesh.MarchingCubes;
import org.petface.surface.mesh.VertexClustering;
import org.petface.surface.mesh.VertexNormals;
import org.petface.volume.ops.ParallelRange;

/**
 * The second half of stage 3: the skin of a {@link SkinBody} as a mesh. Runs marching cubes on the voxel values
 * inside a box around the body, with voxels outside the body pushed below the threshold and cavities above it, so
 * the surface is the outer skin at sub-voxel precision; then smoothing, optional decimation and vertex normals.
 * Steps timed: field, marching cubes, smoothing, [decimation], normals. Uses the smoothing, target triangles and
 * threads of {@link SurfaceOptions}. Thread-safe: holds only options.
 */
public final class SkinMesher {

    private final SurfaceOptions options;

    public SkinMesher(SurfaceOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public SurfaceOptions options() {
        return options;
    }

    /** The mesh of the body found in this volume; the body's error, notes and timings carried over. */
    public SurfaceResult apply(Volume volume, SkinBody skinBody) {
        if (skinBody.status().isError()) {
            return new SurfaceResult(new Mesh(new float[0], new int[0], new float[0]), skinBody.threshold(), 0, 0,
                    skinBody.status(), skinBody.notes(), skinBody.timings());
        }
        RunMask body = skinBody.body();
        VoxelGrid grid = volume.grid();
        if (body.nx() != grid.nx() || body.ny() != grid.ny() || body.nz() != grid.nz()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "body mask is %dx%dx%d voxels, the volume %dx%dx%d", body.nx(), body.ny(), body.nz(), grid.nx(),
                    grid.ny(), grid.nz()));
        }
        StepClock clock = new StepClock(skinBody.timings());
        List<String> notes = new ArrayList<>(skinBody.notes());
        int threads = options.threads();
        Affine affine = grid.affine();
        double[] spacing = grid.spacing();
        float t = (float) skinBody.threshold().value();
        long voxels = body.voxelCount();
        double ml = voxels * spacing[0] * spacing[1] * spacing[2] / 1000;
        int[] box = body.boundingBox();
        int[] lo = {box[0] - 1, box[1] - 1, box[2] - 1};
        int[] size = {box[3] - box[0] + 3, box[4] - box[1] + 3, box[5] - box[2] + 3};
        float[] field = skinField(volume, body, t, lo, size, threads);
        clock.done("field");
        MarchingCubes.Surface s = MarchingCubes.extract(field, size[0], size[1], size[2], t, threads);
        float[] vertices = s.vertices();
        int[] triangles = s.triangles();
        toPatient(vertices, triangles, affine, lo);
        clock.done("marching cubes");
        options.smoothing().apply(vertices, triangles, threads);
        clock.done("smoothing");
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
            clock.done("decimation");
        }
        Mesh mesh = new Mesh(vertices, triangles, VertexNormals.of(vertices, triangles));
        clock.done("normals");
        return new SurfaceResult(mesh, skinBody.threshold(), voxels, ml, Status.ok(), notes, clock.times());
    }

    /**
     * The voxel values in the box lo..lo+size, with kept-body voxels at or below the threshold raised just above
     * it and all other voxels above it (bed, noise, cut-off parts) lowered just below; outside the grid is air.
     */
    private static float[] skinField(Volume volume, RunMask body, float t, int[] lo, int[] size, int threads) {
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
                    Arrays.fill(field, out, out + size[0], outside);
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
}
