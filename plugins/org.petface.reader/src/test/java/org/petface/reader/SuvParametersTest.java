package org.petface.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SuvParametersTest {

    private static final double HALF_LIFE = 6586.2;

    private static SuvParameters pet(String decay, Double weight, String startTime, String seriesTime,
                                     String acquisitionTime) {
        return new SuvParameters("BQML", decay, 3.7e8, HALF_LIFE, "", startTime, "20240102", seriesTime,
                "20240102", acquisitionTime, weight);
    }

    @Test
    void startDecaysTheDoseToTheSeriesTime() {
        SuvFactor f = pet("START", 70.0, "093000", "103000", "103500").suvBwFactor();
        assertEquals(70_000 / (3.7e8 * Math.pow(2, -3600 / HALF_LIFE)), f.factor(), 1e-12);
    }

    @Test
    void anImageAcquiredBeforeTheSeriesTimeIsTheScanStart() {
        // Series re-dated by post-processing at 11:00; the acquisition started at 10:30.
        SuvFactor f = pet("START", 70.0, "093000", "110000", "103000").suvBwFactor();
        assertEquals(70_000 / (3.7e8 * Math.pow(2, -3600 / HALF_LIFE)), f.factor(), 1e-12);
    }

    @Test
    void adminUsesTheDoseAsIs() {
        assertEquals(70_000 / 3.7e8, pet("ADMIN", 70.0, "093000", "103000", "103000").suvBwFactor().factor(), 1e-15);
    }

    @Test
    void noneNeedsTheImageAcquisitionTime() {
        SuvParameters p = pet("NONE", 70.0, "093000", "103000", "103000");
        assertFalse(p.suvBwFactor().isAvailable());
        SuvFactor at = p.suvBwFactorAt("20240102", "104000");
        assertEquals(70_000 / (3.7e8 * Math.pow(2, -4200 / HALF_LIFE)), at.factor(), 1e-12);
    }

    @Test
    void datetimeOfInjectionWinsOverTheTime() {
        SuvParameters p = new SuvParameters("BQML", "START", 3.7e8, HALF_LIFE, "20240101233000", "233000",
                "20240102", "003000", "20240102", "003000", 70.0);
        assertEquals(70_000 / (3.7e8 * Math.pow(2, -3600 / HALF_LIFE)), p.suvBwFactor().factor(), 1e-12);
    }

    @Test
    void missingOrImpossibleInputsAreReportedNotGuessed() {
        assertEquals("no PatientWeight", pet("START", null, "093000", "103000", "103000").suvBwFactor().reason());
        assertEquals("PatientWeight is 0.0", pet("START", 0.0, "093000", "103000", "103000").suvBwFactor().reason());
        assertTrue(pet("START", 70.0, "", "103000", "103000").suvBwFactor().reason().contains("RadiopharmaceuticalStart"));
        // Injection at 23:30 with only a time and a scan at 00:30: not guessed to be the day before.
        assertTrue(pet("START", 70.0, "233000", "003000", "003000").suvBwFactor().reason().contains("after the scan"));
        SuvParameters counts = new SuvParameters("CNTS", "START", 3.7e8, HALF_LIFE, "", "093000", "20240102",
                "103000", "20240102", "103000", 70.0);
        assertEquals("Units are CNTS, not BQML", counts.suvBwFactor().reason());
    }
}
