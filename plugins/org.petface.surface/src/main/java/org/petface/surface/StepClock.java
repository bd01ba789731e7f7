package org.petface.surface;

import java.util.ArrayList;
import java.util.List;
import org.petface.surface.SurfaceResult.StepTime;

/** Wall time per step, measured between calls to {@link #done}, after the steps of earlier stages. */
public final class StepClock {

    private final List<StepTime> times;
    private long last = System.nanoTime();

    /** Starts timing now, after the given steps of earlier stages. */
    public StepClock(List<StepTime> earlier) {
        times = new ArrayList<>(earlier);
    }

    /** Records the time since the previous step (or since construction) as {@code step}. */
    public void done(String step) {
        long now = System.nanoTime();
        times.add(new StepTime(step, (now - last) / 1e6));
        last = now;
    }

    /** The earlier steps and those timed here, in order. */
    public List<StepTime> times() {
        return List.copyOf(times);
    }
}
