package org.petface.reader;

/**
 * The SUVbw scale factor (g/Bq: multiply activity concentration in Bq/ml by it to get SUVbw), or the reason
 * it cannot be computed. Exactly one of the two is meaningful: {@code factor} is NaN when {@code reason}
 * is non-empty.
 */
public record SuvFactor(double factor, String reason) {

    public SuvFactor {
        reason = reason == null ? "" : reason;
        if (reason.isEmpty() && !(Double.isFinite(factor) && factor > 0)) {
            throw new IllegalArgumentException("an SUV factor must be positive and finite: " + factor);
        }
    }

    public static SuvFactor of(double factor) {
        return new SuvFactor(factor, "");
    }

    public static SuvFactor unavailable(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an unavailable SUV factor needs a reason");
        }
        return new SuvFactor(Double.NaN, reason);
    }

    public boolean isAvailable() {
        return reason.isEmpty();
    }
}
