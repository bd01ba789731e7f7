package org.petface.embedder;

/**
 * A native thread count given as the system property {@code name}: a count from 0 to {@value #MAX}, where 0 leaves
 * the library's own default ({@code zeroMeans}); {@code defaultValue} when the property is absent or blank.
 */
record ThreadCountProperty(String name, int defaultValue, String zeroMeans) {

    static final int MAX = 256;

    int value() {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int threads = Integer.parseInt(value.trim());
            if (threads >= 0 && threads <= MAX) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new IllegalArgumentException("-D" + name + "=" + value + ": expected a thread count from 0 ("
                + zeroMeans + ") to " + MAX);
    }
}
