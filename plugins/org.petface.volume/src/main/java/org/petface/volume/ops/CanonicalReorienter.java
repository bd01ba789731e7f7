package org.petface.volume.ops;

import org.petface.core.Affine;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;

/**
 * Reorders a volume's voxel axes so that i runs towards patient left (+x), j towards posterior (+y) and k
 * towards superior (+z), the closest the grid allows: a permutation and flips of the axes, so values move
 * without interpolation and every voxel keeps its patient position exactly. An oblique grid stays oblique.
 */
public final class CanonicalReorienter {

    private static final String[] AXIS_NAMES = {"i", "j", "k"};
    private static final int[][] PERMUTATIONS = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};

    private CanonicalReorienter() {
    }

    /** The axis map to canonical order: new axis t comes from old axis {@code source[t]}, reversed if flipped. */
    public record AxisMap(int[] source, boolean[] flipped) {

        public boolean isIdentity() {
            return source[0] == 0 && source[1] == 1 && source[2] == 2 && !flipped[0] && !flipped[1] && !flipped[2];
        }

        public String describe() {
            StringBuilder s = new StringBuilder();
            for (int t = 0; t < 3; t++) {
                s.append(t == 0 ? "" : ",").append(flipped[t] ? "-" : "+").append(AXIS_NAMES[source[t]]);
            }
            return s.toString();
        }
    }

    /** The permutation whose axes align best with L, P, S (largest summed direction cosines). */
    public static AxisMap axisMapOf(Affine affine) {
        double[][] cos = new double[3][];
        for (int a = 0; a < 3; a++) {
            double[] d = affine.axis(a);
            double len = affine.spacing(a);
            cos[a] = new double[] {d[0] / len, d[1] / len, d[2] / len};
        }
        int[] best = null;
        double bestScore = -1;
        for (int[] p : PERMUTATIONS) {
            double score = Math.abs(cos[p[0]][0]) + Math.abs(cos[p[1]][1]) + Math.abs(cos[p[2]][2]);
            // Strictly greater: ties keep the earlier permutation, so the choice is deterministic.
            if (score > bestScore + 1e-12) {
                best = p;
                bestScore = score;
            }
        }
        boolean[] flipped = new boolean[3];
        for (int t = 0; t < 3; t++) {
            flipped[t] = cos[best[t]][t] < 0;
        }
        return new AxisMap(best.clone(), flipped);
    }

    public static Processed reorient(Volume volume) {
        VoxelGrid in = volume.grid();
        AxisMap map = axisMapOf(in.affine());
        if (map.isIdentity()) {
            return Processed.done(volume, "already in canonical (L,P,S) axis order");
        }
        int[] oldSize = {in.nx(), in.ny(), in.nz()};
        int[] oldStride = {1, in.nx(), in.nx() * in.ny()};
        int[] newSize = new int[3];
        int[] stride = new int[3];
        double[] originIndex = new double[3];
        int base = 0;
        double[] columns = new double[9];
        for (int t = 0; t < 3; t++) {
            int s = map.source()[t];
            newSize[t] = oldSize[s];
            double[] dir = in.affine().axis(s);
            stride[t] = map.flipped()[t] ? -oldStride[s] : oldStride[s];
            if (map.flipped()[t]) {
                base += (oldSize[s] - 1) * oldStride[s];
                originIndex[s] = oldSize[s] - 1;
            }
            for (int r = 0; r < 3; r++) {
                // 0.0 - x rather than -x: a flipped zero stays +0.0, so equal geometry gives equal affines.
                columns[r * 3 + t] = map.flipped()[t] ? 0.0 - dir[r] : dir[r];
            }
        }
        double[] origin = in.affine().apply(originIndex[0], originIndex[1], originIndex[2]);
        Affine affine = Affine.ofRows(
                columns[0], columns[1], columns[2], origin[0],
                columns[3], columns[4], columns[5], origin[1],
                columns[6], columns[7], columns[8], origin[2]);
        VoxelGrid out = new VoxelGrid(newSize[0], newSize[1], newSize[2], affine);
        float[] src = volume.voxels();
        float[] dst = new float[out.voxelCount()];
        int o = 0;
        for (int k = 0; k < newSize[2]; k++) {
            for (int j = 0; j < newSize[1]; j++) {
                int row = base + k * stride[2] + j * stride[1];
                for (int i = 0; i < newSize[0]; i++) {
                    dst[o++] = src[row + i * stride[0]];
                }
            }
        }
        return Processed.done(new Volume(out, dst, volume.unit(), volume.modality()),
                "reoriented axes (" + map.describe() + ") to canonical (L,P,S) order");
    }
}
