package org.petface.phantom;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The FDG administration and scan timing of one PET session, exactly as written to DICOM: dose in whole
 * Bq, weight with 0.1 kg resolution, times to the second. SUVbw derives from them exactly:
 * SUV = Bq/ml * weight_g / (dose_Bq * 2^(-(scanStart - injection) / halfLife)).
 */
public record PetAcquisition(long injectedDoseBq, double patientWeightKg, LocalDateTime injectionTime,
                             LocalDateTime scanStart, double halfLifeSeconds) {

    /** Fluorine-18 half-life as DICOM PET scanners write it (RadionuclideHalfLife). */
    public static final double F18_HALF_LIFE_SECONDS = 6586.2;

    public PetAcquisition {
        if (injectedDoseBq <= 0 || patientWeightKg <= 0 || halfLifeSeconds <= 0) {
            throw new IllegalArgumentException("dose, weight and half-life must be positive");
        }
        if (!scanStart.isAfter(injectionTime)) {
            throw new IllegalArgumentException("scan must start after the injection");
        }
    }

    /** Seconds from injection to scan start. */
    public double uptakeSeconds() {
        return Duration.between(injectionTime, scanStart).getSeconds();
    }

    /** The dose left at scan start (Bq), the reference of DecayCorrection START. */
    public double decayedDoseBq() {
        return injectedDoseBq * Math.pow(2, -uptakeSeconds() / halfLifeSeconds);
    }

    /** SUVbw per Bq/ml. */
    public double suvPerBqml() {
        return patientWeightKg * 1000 / decayedDoseBq();
    }
}
