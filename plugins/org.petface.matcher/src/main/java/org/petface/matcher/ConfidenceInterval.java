package org.petface.matcher;

/** A two-sided interval [low, high] for an estimate at the given level (0.95 = 95%); NaN bounds if undefined. */
public record ConfidenceInterval(double low, double high, double level) {

    public ConfidenceInterval {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must lie in (0, 1), got " + level);
        }
        if (low > high) {
            throw new IllegalArgumentException("low " + low + " above high " + high);
        }
    }
}
