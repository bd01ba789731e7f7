package org.petface.experiment;

import java.util.List;
import org.petface.core.Volume;

/**
 * A unit of work of the cohort: the studies one worker loads and hands on one after the other (a subject
 * session's CT and PET, generated or read together). Loading failures are reported per study, never thrown.
 */
interface StudyBatch {

    /** The studies this batch yields, known before it runs. */
    List<StudyKey> keys();

    /** Loads each study and hands it to the sink, in the order of {@link #keys()}. */
    void run(Sink sink);

    /** Receives the loaded studies of a batch. */
    interface Sink {

        void loaded(StudyKey key, Volume volume);

        void failed(StudyKey key, String stage, String reason);
    }
}
