package org.petface.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time spent in each stage, summed over all worker threads (so with T busy workers the sum runs T times
 * faster than the clock). Thread-safe.
 */
public final class StageTimes {

    /** The stages in pipeline order, so that summaries read in that order. */
    static final String[] ORDER = {"volume", "surface", "render", "detect+embed", "depth", "match"};

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    void add(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, s -> new LongAdder()).add(elapsedNanos);
    }

    /** Seconds per stage, pipeline stages first, then any other in name order. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String stage : ORDER) {
            LongAdder a = nanos.get(stage);
            if (a != null) {
                out.put(stage, a.sum() / 1e9);
            }
        }
        nanos.keySet().stream().sorted().filter(s -> !out.containsKey(s))
                .forEach(s -> out.put(s, nanos.get(s).sum() / 1e9));
        return out;
    }
}
