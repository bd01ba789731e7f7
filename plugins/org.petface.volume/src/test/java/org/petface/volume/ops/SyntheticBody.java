package org.petface.volume.ops;

import java.util.Random;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;

/** A synthetic torso and head on an axial 2 mm grid, in CT (HU) or PET (SUV) values, with a little noise. */
public final class SyntheticBody {

    static final int N = 100;
    static final int SLICES = 200;

    /** Axial 2 mm grid, k towards superior: a torso cylinder for k < 120, a head ellipsoid for k 122..184. */
    public static Volume bodyAndHead(VoxelUnit unit, boolean inferiorFirst) {
        Affine affine = inferiorFirst
                ? Affine.axisAligned(new double[] {-100, -100, -300}, 2, 2, 2)
                : Affine.ofRows(2, 0, 0, -100, 0, 2, 0, -100, 0, 0, -2, 98);
        VoxelGrid grid = new VoxelGrid(N, N, SLICES, affine);
        float[] v = new float[grid.voxelCount()];
        Random noise = new Random(7);
        boolean ct = unit == VoxelUnit.HU;
        for (int k = 0; k < SLICES; k++) {
            int s = inferiorFirst ? k : SLICES - 1 - k;
            for (int j = 0; j < N; j++) {
                for (int i = 0; i < N; i++) {
                    float value = ct ? -1000 + (float) noise.nextGaussian() * 20
                            : (float) Math.abs(noise.nextGaussian()) * 0.05f;
                    if (inTorso(i, j, s)) {
                        value = ct ? 40 : 1;
                    } else if (inHead(i, j, s)) {
                        value = ct ? 30 : (inBrain(i, j, s) ? 8 : 1.2f);
                    }
                    v[grid.index(i, j, k)] = value;
                }
            }
        }
        return new Volume(grid, v, unit, ct ? Modality.CT : Modality.PT);
    }

    static boolean inTorso(int i, int j, int s) {
        return s < 120 && sq(i - 50) + sq(j - 50) <= sq(35);
    }

    static boolean inHead(int i, int j, int s) {
        return sq(i - 50) / 400.0 + sq(j - 45) / 484.0 + sq(s - 153) / 961.0 <= 1;
    }

    static boolean inBrain(int i, int j, int s) {
        return sq(i - 50) / 225.0 + sq(j - 45) / 289.0 + sq(s - 160) / 400.0 <= 1;
    }

    static int sq(int x) {
        return x * x;
    }
}
