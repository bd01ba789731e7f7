package org.petface.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AffineTest {

    @Test
    void dicomAffineMapsVoxelsToPatientSpace() {
        Affine a = Affine.fromDicom(new double[] {-100, -120, 50}, new double[] {1, 0, 0}, new double[] {0, 1, 0},
                0.5, 0.75, new double[] {0, 0, 3});
        assertArrayEquals(new double[] {-100 + 2 * 0.5, -120 + 4 * 0.75, 50 + 3}, a.apply(2, 4, 1), 1e-12);
        assertEquals(0.5, a.spacing(0), 1e-12);
        assertEquals(3, a.spacing(2), 1e-12);
    }

    @Test
    void inverseUndoesAnObliqueAffine() {
        double c = Math.cos(0.3), s = Math.sin(0.3);
        Affine a = Affine.fromDicom(new double[] {10, 20, 30}, new double[] {c, s, 0}, new double[] {0, c, -s},
                0.86, 0.86, new double[] {0, 2 * s, 2 * c});
        double[] p = a.apply(3.5, 7, 11);
        double[] back = a.inverse().apply(p[0], p[1], p[2]);
        assertArrayEquals(new double[] {3.5, 7, 11}, back, 1e-9);
        assertEquals(true, a.multiply(a.inverse()).approximatelyEquals(Affine.axisAligned(new double[3], 1, 1, 1), 1e-12));
    }

    @Test
    void rejectsSingularAndNonFinite() {
        assertThrows(IllegalStateException.class, () -> Affine.ofRows(1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0).inverse());
        assertThrows(IllegalArgumentException.class, () -> Affine.ofRows(Double.NaN, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0));
    }

    @Test
    void pseudonymousKeyIsStableAndHidesTheIdentifier() {
        String key = PseudonymousKey.of("PAT-0042");
        assertEquals(key, PseudonymousKey.of(" PAT-0042 "));
        assertEquals(14, key.length());
        assertEquals(false, key.contains("0042"));
        assertEquals("P-unknown", PseudonymousKey.of(null));
    }
}
