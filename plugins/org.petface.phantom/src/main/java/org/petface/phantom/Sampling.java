package org.petface.phantom;

import java.util.SplittableRandom;

/** Deterministic random draws for the phantom: seeds derived by hashing, bounded normal variates. */
final class Sampling {

    private Sampling() {
    }

    /** A well-mixed 64-bit seed for one (seed, stream...) tuple, so streams never overlap or correlate. */
    static long streamSeed(long seed, long... stream) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long s : stream) {
            h = mix(h ^ mix(s + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    static SplittableRandom random(long seed, long... stream) {
        return new SplittableRandom(streamSeed(seed, stream));
    }

    /** A normal variate clamped to mean +- 2.5 sd, so no subject gets an anatomically absurd value. */
    static double normal(SplittableRandom rng, double mean, double sd) {
        double z = Math.max(-2.5, Math.min(2.5, gaussian(rng)));
        return mean + sd * z;
    }

    static double uniform(SplittableRandom rng, double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    /** Marsaglia polar method: uses only nextDouble, so the sequence is fixed by the seed on every JVM. */
    static double gaussian(SplittableRandom rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
