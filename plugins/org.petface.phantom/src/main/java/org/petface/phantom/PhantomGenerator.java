package org.petface.phantom;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;

/**
 * Makes the CT and PET volumes of one subject's session. The CT is a 512x512 head/neck field of view
 * (500 mm, 0.977 mm pixels, 3 mm slices) from above the vertex to below the top of the shoulders, with the
 * couch; the PET is 200x200 at 2.5 mm over the same region, blurred to the scanner's resolution and
 * given spatially correlated, count-dependent noise. resolutionScale shrinks both matrices (and thickens
 * slices) for quick runs; 1 is the full size.
 */
public final class PhantomGenerator {

    private static final double FOV_MM = 500;
    private static final int CT_MATRIX = 512;
    private static final double CT_SLICE_MM = 3.0;
    private static final int PET_MATRIX = 200;
    private static final double PET_SLICE_MM = 2.5;
    /** Patient y of the couch's top surface at the centre (the FOV is centred on 0,0). */
    private static final double COUCH_TOP_Y = 125;
    private static final double CT_NOISE_HU = 12;
    /** Relative PET noise at SUV 1 (Poisson-like: the standard deviation grows with the square root). */
    private static final double PET_NOISE_AT_SUV_1 = 0.10;
    private static final double PET_NOISE_CORRELATION_VOXELS = 1.0;
    private static final long CT_NOISE_STREAM = 3;
    private static final long PET_NOISE_STREAM = 4;

    private final long seed;
    private final double resolutionScale;

    public PhantomGenerator(long seed, double resolutionScale) {
        if (!(resolutionScale > 0.05 && resolutionScale <= 1)) {
            throw new IllegalArgumentException("resolution scale must be in (0.05, 1], got " + resolutionScale);
        }
        this.seed = seed;
        this.resolutionScale = resolutionScale;
    }

    public PhantomStudy generate(int subjectIndex, int sessionNumber) {
        PhantomSubject subject = PhantomSubject.sample(seed, subjectIndex);
        PhantomSession session = PhantomSession.sample(seed, subject, sessionNumber);
        HeadModel model = new HeadModel(subject.head(), subject.face());
        double top = model.vertexZ() + session.pose().shiftZ() + 15;
        double bottom = model.shoulderTopZ() + session.pose().shiftZ() - 35;

        VoxelGrid ctGrid = grid(CT_MATRIX, CT_SLICE_MM, top, bottom);
        float[] hu = Rasterizer.rasterize(scene(subject, session, Modality.CT), ctGrid);
        VolumeFilters.addWhiteNoise(hu, CT_NOISE_HU, Sampling.random(seed, CT_NOISE_STREAM, subjectIndex, sessionNumber));
        Volume ct = new Volume(ctGrid, hu, VoxelUnit.HU, Modality.CT);

        VoxelGrid petGrid = grid(PET_MATRIX, PET_SLICE_MM, top, bottom);
        float[] suv = Rasterizer.rasterize(scene(subject, session, Modality.PT), petGrid);
        double[] spacing = petGrid.spacing();
        double sigmaMm = session.petResolutionFwhmMm() / (2 * Math.sqrt(2 * Math.log(2)));
        VolumeFilters.gaussianBlur(suv, petGrid.nx(), petGrid.ny(), petGrid.nz(),
                sigmaMm / spacing[0], sigmaMm / spacing[1], sigmaMm / spacing[2]);
        addPetNoise(suv, petGrid, Sampling.random(seed, PET_NOISE_STREAM, subjectIndex, sessionNumber));
        Volume pet = new Volume(petGrid, suv, VoxelUnit.SUV_BW, Modality.PT);
        return new PhantomStudy(subject, session, ct, pet);
    }

    /** The noise-free posed subject on the couch, in CT (HU) or PET (SUVbw) values. */
    static PhantomScene scene(PhantomSubject subject, PhantomSession session, Modality modality) {
        HeadModel model = new HeadModel(subject.head(), subject.face());
        double[] origin = modelOrigin(model);
        boolean ct = modality == Modality.CT;
        return new PhantomScene(model, session.pose(), origin, ct ? subject.ct() : subject.fdg(),
                new Couch(COUCH_TOP_Y), ct);
    }

    /** Patient coordinates of the model origin (before the pose), so that the body rests on the couch. */
    static double[] modelOrigin(HeadModel model) {
        return new double[] {0, COUCH_TOP_Y - model.backY(), 0};
    }

    /** An axial grid centred on the couch axis, slices from bottom (k = 0) to top, patient z superior. */
    private VoxelGrid grid(int fullMatrix, double fullSliceMm, double top, double bottom) {
        int n = Math.max(16, (int) Math.round(fullMatrix * resolutionScale));
        double pixel = FOV_MM / n;
        double slice = fullSliceMm / resolutionScale;
        double topSlice = Math.ceil(top / slice) * slice;
        int nz = (int) Math.ceil((topSlice - bottom) / slice) + 1;
        double first = -FOV_MM / 2 + pixel / 2;
        Affine affine = Affine.axisAligned(new double[] {first, first, topSlice - (nz - 1) * slice}, pixel, pixel, slice);
        return new VoxelGrid(n, n, nz, affine);
    }

    private static void addPetNoise(float[] suv, VoxelGrid grid, SplittableRandom rng) {
        float[] noise = VolumeFilters.whiteNoise(rng, suv.length);
        double s = PET_NOISE_CORRELATION_VOXELS;
        VolumeFilters.gaussianBlur(noise, grid.nx(), grid.ny(), grid.nz(), s, s, s);
        double unit = PET_NOISE_AT_SUV_1 / VolumeFilters.whiteNoiseStdAfterBlur(s, s, s);
        int sliceSize = grid.nx() * grid.ny();
        IntStream.range(0, grid.nz()).parallel().forEach(k -> {
            for (int n = k * sliceSize; n < (k + 1) * sliceSize; n++) {
                double v = suv[n];
                double noisy = v + unit * Math.sqrt(Math.max(v, 0) + 0.01) * noise[n];
                // clamping after the cast gives the same float (the cast keeps order and sign) and vectorises
                suv[n] = Math.max(0f, (float) noisy);
            }
        });
    }
}
