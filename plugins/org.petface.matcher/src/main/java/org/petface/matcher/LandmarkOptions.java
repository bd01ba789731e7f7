package org.petface.matcher;

/** Options of {@link LandmarkMatcher}: 2-D or 3-D landmarks (interleaved in the vector) and threads. */
public record LandmarkOptions(int dims, int threads) {

    public LandmarkOptions {
        if (dims != 2 && dims != 3) {
            throw new IllegalArgumentException("landmarks are 2-D or 3-D, got " + dims);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }
}
