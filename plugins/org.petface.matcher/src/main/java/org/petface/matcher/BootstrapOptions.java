package org.petface.matcher;

/** Options of {@link Bootstrap}: resamples, the seed of the resampling, the interval level. */
public record BootstrapOptions(int replicates, long seed, double level) {

    public BootstrapOptions {
        if (replicates < 2 || replicates > 1_000_000) {
            throw new IllegalArgumentException("replicates must lie in 2..1000000, got " + replicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must lie in (0, 1), got " + level);
        }
    }

    /** 1000 resamples, seed 1, 95% intervals. */
    public static BootstrapOptions defaults() {
        return new BootstrapOptions(1000, 1L, 0.95);
    }
}
