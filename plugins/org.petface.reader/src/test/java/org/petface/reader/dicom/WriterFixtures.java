package org.petface.reader.dicom;

import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;

/** Small synthetic CT and PET volumes and their metadata, for writer tests. */
final class WriterFixtures {

    static final String STUDY = DicomUids.fromName("petface-test/study/1");
    static final String FRAME = DicomUids.fromName("petface-test/frame/1");

    private WriterFixtures() {
    }

    /** Tilted by 0.3 rad about the left-right axis, like a gantry-tilted head scan. */
    static Affine obliqueAffine(double dx, double dy, double dz) {
        double c = Math.cos(0.3);
        double s = Math.sin(0.3);
        return Affine.ofRows(dx, 0, 0, -120.5,
                0, dy * c, -dz * s, -99.25,
                0, dy * s, dz * c, 40.0);
    }

    static Volume ctVolume() {
        VoxelGrid grid = new VoxelGrid(48, 40, 6, Affine.axisAligned(new double[] {-120.5, -99.25, 40.0},
                0.9765625, 0.9765625, 2.5));
        float[] v = new float[grid.voxelCount()];
        for (int k = 0; k < grid.nz(); k++) {
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    double r = Math.hypot(i - 24, j - 20);
                    v[grid.index(i, j, k)] = r < 8 ? 1200.4f : r < 15 ? 40.2f - k : -1000f;
                }
            }
        }
        return new Volume(grid, v, VoxelUnit.HU, Modality.CT);
    }

    static Volume petVolume(Affine affine) {
        VoxelGrid grid = new VoxelGrid(20, 16, 5, affine);
        float[] v = new float[grid.voxelCount()];
        for (int n = 0; n < v.length; n++) {
            v[n] = (float) (0.05 + 9.5 * Math.abs(Math.sin(n * 0.37)));
        }
        return new Volume(grid, v, VoxelUnit.SUV_BW, Modality.PT);
    }

    static SeriesMetadata ctMetadata() {
        return new SeriesMetadata("PF-0001", "Phantom^S0001", 71.5, STUDY, DicomUids.fromName("petface-test/ct"),
                FRAME, 2, "20240102", "101500", "20240102", "102000", "CT head", null);
    }

    static SeriesMetadata petMetadata() {
        PetAcquisition pet = new PetAcquisition(Radionuclide.F18, "Fluorodeoxyglucose", 3.7e8, "20240102", "093000",
                600);
        return new SeriesMetadata("PF-0001", "Phantom^S0001", 71.5, STUDY, DicomUids.fromName("petface-test/pt"),
                FRAME, 3, "20240102", "101500", "20240102", "103000", "PET head", pet);
    }
}
