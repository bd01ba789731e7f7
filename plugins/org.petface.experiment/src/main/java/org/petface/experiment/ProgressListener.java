package org.petface.experiment;

/** Told after each step of an experiment run; called from worker threads, one call at a time. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, stage) -> {
    };

    /**
     * @param done  studies finished (or, in the matching phase, experiments finished)
     * @param total studies (experiments) in all
     * @param stage what was just finished, e.g. "PHANTOM-0003 s1 CT" or "match pet_to_ct/shape"
     */
    void progress(int done, int total, String stage);
}
