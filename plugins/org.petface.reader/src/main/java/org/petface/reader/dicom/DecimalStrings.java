package org.petface.reader.dicom;

import java.math.BigDecimal;
import java.math.MathContext;

/** Doubles as DICOM DS values: at most 16 characters, as many significant digits as fit. */
final class DecimalStrings {

    private static final int MAX_LENGTH = 16;

    private DecimalStrings() {
    }

    static String of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("DS values must be finite: " + value);
        }
        if (value == 0) {
            return "0";
        }
        for (int digits = 17; digits > 0; digits--) {
            BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
            String plain = rounded.toPlainString();
            if (plain.length() <= MAX_LENGTH) {
                return plain;
            }
            String scientific = rounded.toString();
            if (scientific.length() <= MAX_LENGTH) {
                return scientific;
            }
        }
        throw new IllegalArgumentException("no 16-character DS for " + value);
    }
}
