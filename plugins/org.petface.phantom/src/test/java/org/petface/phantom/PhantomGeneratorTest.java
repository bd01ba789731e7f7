package org.petface.phantom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.core.VoxelUnit;
import org.petface.reader.SuvFactor;
import org.petface.reader.SuvParameters;
import org.petface.reader.dicom.SeriesMetadata;

class PhantomGeneratorTest {

    @Test
    void sameSeedGivesIdenticalVoxelsDifferentSeedsGiveDifferentFaces() {
        PhantomStudy a = new PhantomGenerator(11, 0.25).generate(2, 1);
        PhantomStudy b = new PhantomGenerator(11, 0.25).generate(2, 1);
        assertArrayEquals(a.ct().voxels(), b.ct().voxels());
        assertArrayEquals(a.petSuv().voxels(), b.petSuv().voxels());
        assertEquals(a.session(), b.session());

        PhantomStudy other = new PhantomGenerator(12, 0.25).generate(2, 1);
        assertNotEquals(a.subject().face(), other.subject().face());
        assertFalse(java.util.Arrays.equals(a.ct().voxels(), other.ct().voxels()));
    }

    @Test
    void facesDifferBetweenSubjectsAsHumanFacesDo() {
        int n = 200;
        double[] ipd = new double[n];
        double[] nose = new double[n];
        double[] mouth = new double[n];
        for (int s = 0; s < n; s++) {
            FaceParameters f = PhantomSubject.sample(5, s).face();
            ipd[s] = 2 * f.eyeHalfDistance();
            nose[s] = f.noseLength();
            mouth[s] = 2 * f.mouthHalfWidth();
        }
        // adult anthropometry: interpupillary distance 63 +- 3.5 mm, nose length ~50 +- 4, mouth width ~50 +- 5
        assertInRange(ipd, 58, 68, 2.5, 6);
        assertInRange(nose, 46, 56, 3, 7);
        assertInRange(mouth, 45, 56, 3.5, 8);
    }

    @Test
    void secondSessionKeepsTheFaceAndMovesTheHead() {
        PhantomGenerator generator = new PhantomGenerator(3, 0.25);
        PhantomStudy first = generator.generate(1, 1);
        PhantomStudy second = generator.generate(1, 2);
        assertEquals(first.subject(), second.subject());
        assertNotEquals(first.session().pose(), second.session().pose());
        assertTrue(Math.abs(first.session().pet().patientWeightKg() - second.session().pet().patientWeightKg()) < 8);
        assertTrue(second.session().pet().injectionTime().isAfter(first.session().pet().scanStart().plusDays(20)));
    }

    @Test
    void petSuvIsBrainAboutEightSoftTissueAboutOne() {
        PhantomStudy study = new PhantomGenerator(21, 1.0).generate(0, 1);
        Volume pet = study.petSuv();
        assertEquals(Modality.PT, pet.modality());
        assertEquals(VoxelUnit.SUV_BW, pet.unit());
        PhantomScene truth = PhantomGenerator.scene(study.subject(), study.session(), Modality.PT);
        TissueValues fdg = study.subject().fdg();
        double brain = meanWhereUniform(pet, truth, fdg.brain());
        double soft = meanWhereUniform(pet, truth, fdg.softTissue());
        assertTrue(fdg.brain() > 6 && fdg.brain() < 10);
        assertEquals(fdg.brain(), brain, 0.05 * fdg.brain(), "brain SUV");
        assertEquals(fdg.softTissue(), soft, 0.05, "soft tissue SUV");
        assertTrue(Math.abs(brain - 8) < 1.8 && Math.abs(soft - 1) < 0.25);
    }

    @Test
    void suvDerivesFromTheWrittenDoseWeightAndTimes() {
        PhantomStudy study = new PhantomGenerator(4, 0.25).generate(3, 2);
        PetAcquisition pet = study.session().pet();
        assertEquals(0, pet.injectionTime().getNano());
        assertEquals(0, pet.scanStart().getNano());
        double uptake = Duration.between(pet.injectionTime(), pet.scanStart()).getSeconds();
        assertTrue(uptake > 2400 && uptake < 5400, "FDG uptake time about an hour");
        // the factor as the reader derives it from the DICOM attribute strings
        SeriesMetadata m = PhantomDicom.metadata(study, 4, "PT", 3, pet.scanStart(), "PET", true);
        SuvFactor factor = new SuvParameters("BQML", "START", m.pet().injectedDoseBq(),
                m.pet().radionuclide().halfLifeSeconds(), m.pet().injectionDate() + m.pet().injectionTime(),
                m.pet().injectionTime(), m.seriesDate(), m.seriesTime(), m.seriesDate(), m.seriesTime(),
                m.patientWeightKg()).suvBwFactor();
        assertTrue(factor.isAvailable());
        float[] suv = study.petSuv().voxels();
        float[] bqml = study.petBqml().voxels();
        int checked = 0;
        for (int n = 0; n < suv.length; n++) {
            if (suv[n] > 0.05) {
                double derived = bqml[n] * pet.patientWeightKg() * 1000
                        / (pet.injectedDoseBq() * Math.pow(2, -uptake / 6586.2));
                assertEquals(suv[n], derived, 1e-4 * suv[n]);
                assertEquals(suv[n], bqml[n] * factor.factor(), 1e-4 * suv[n]);
                checked++;
            }
        }
        assertTrue(checked > 1000);
    }

    /** Mean of the volume over voxels whose noise-free value is the given tissue value for 10 mm around. */
    private static double meanWhereUniform(Volume v, PhantomScene truth, double tissue) {
        double sum = 0;
        int count = 0;
        for (int k = 0; k < v.grid().nz(); k++) {
            for (int j = 0; j < v.grid().ny(); j += 2) {
                for (int i = 0; i < v.grid().nx(); i += 2) {
                    double[] p = v.affine().apply(i, j, k);
                    double t = truth.sample(p[0], p[1], p[2], 1, 10);
                    if (t == tissue) {
                        sum += v.get(i, j, k);
                        count++;
                    }
                }
            }
        }
        assertTrue(count > 50, "too few voxels of the tissue: " + count);
        return sum / count;
    }

    private static void assertInRange(double[] values, double meanLow, double meanHigh, double sdLow, double sdHigh) {
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(values).map(x -> (x - mean) * (x - mean)).sum() / values.length);
        assertTrue(mean > meanLow && mean < meanHigh, "mean " + mean);
        assertTrue(sd > sdLow && sd < sdHigh, "sd " + sd);
    }
}
