package org.petface.volume;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.petface.core.Modality;
import org.petface.core.VoxelUnit;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SliceRecord;
import org.petface.reader.SuvFactor;
import org.petface.reader.SuvParameters;

/**
 * The unit a series' rescaled values end up in, and the factor each slice is multiplied by to get there: CT
 * stays in HU; PET in Bq/ml becomes SUVbw when the SUV attributes give a factor (per slice when the images are
 * not decay corrected), else stays Bq/ml with the reason as a warning. SUV is never guessed.
 *
 * @param factors one factor per sorted slice
 * @param warning why the volume is not in the unit one would want ("" when it is)
 */
record UnitConversion(VoxelUnit unit, double[] factors, String warning, String note) {

    static UnitConversion of(SeriesRecord series, List<SliceRecord> sorted) {
        double[] ones = new double[sorted.size()];
        Arrays.fill(ones, 1);
        Modality modality = series.modality();
        if (modality == Modality.CT) {
            return new UnitConversion(VoxelUnit.HU, ones, "", "CT in HU (RescaleSlope/Intercept applied)");
        }
        if (modality != Modality.PT) {
            return new UnitConversion(VoxelUnit.UNITLESS, ones, "", modality + " values rescaled, no physical unit");
        }
        SuvParameters suv = series.suv();
        String units = suv == null ? "" : suv.units();
        if (units.equals("GML")) {
            return new UnitConversion(VoxelUnit.SUV_BW, ones, "", "PET already in SUVbw (Units GML)");
        }
        if (!units.equals("BQML")) {
            return new UnitConversion(VoxelUnit.UNITLESS, ones, "PET Units '" + units
                    + "' are neither BQML nor GML: values kept as stored, no SUV", "");
        }
        double[] factors = new double[sorted.size()];
        for (int s = 0; s < sorted.size(); s++) {
            SliceRecord slice = sorted.get(s);
            SuvFactor factor = suv.suvBwFactorAt(slice.acquisitionDate(), slice.acquisitionTime());
            if (!factor.isAvailable()) {
                return new UnitConversion(VoxelUnit.BQML, ones, "PET in Bq/ml: " + factor.reason(), "");
            }
            factors[s] = factor.factor();
        }
        double min = Arrays.stream(factors).min().orElseThrow();
        double max = Arrays.stream(factors).max().orElseThrow();
        String note = min == max
                ? String.format(Locale.ROOT, "PET Bq/ml x %.6g g/Bq = SUVbw (DecayCorrection %s)", min,
                        suv.decayCorrection())
                : String.format(Locale.ROOT, "PET Bq/ml x %.6g..%.6g g/Bq per slice = SUVbw (DecayCorrection %s)",
                        min, max, suv.decayCorrection());
        return new UnitConversion(VoxelUnit.SUV_BW, factors, "", note);
    }
}
