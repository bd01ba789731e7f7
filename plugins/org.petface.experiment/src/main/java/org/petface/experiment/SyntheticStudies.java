package org.petface.experiment;

import java.util.ArrayList;
import java.util.List;
import org.petface.core.Modality;
import org.petface.phantom.PhantomGenerator;
import org.petface.phantom.PhantomStudy;
import org.petface.phantom.PhantomSubject;

/** The phantom cohort as batches: one per subject session, its CT and PET generated together in memory. */
final class SyntheticStudies {

    private SyntheticStudies() {
    }

    static List<StudyBatch> plan(CohortSource.Synthetic source, StageTimes times) {
        PhantomGenerator generator = new PhantomGenerator(source.seed(), source.resolutionScale());
        List<StudyBatch> batches = new ArrayList<>();
        for (int subject = 0; subject < source.subjects(); subject++) {
            for (int session = 1; session <= source.sessions(); session++) {
                batches.add(new Session(generator, subject, session, times));
            }
        }
        return batches;
    }

    private record Session(PhantomGenerator generator, int subjectIndex, int session, StageTimes times)
            implements StudyBatch {

        @Override
        public List<StudyKey> keys() {
            String id = PhantomSubject.patientId(subjectIndex);
            return List.of(new StudyKey(id, session, Modality.CT), new StudyKey(id, session, Modality.PT));
        }

        @Override
        public void run(Sink sink) {
            List<StudyKey> keys = keys();
            long t = System.nanoTime();
            PhantomStudy study;
            try {
                study = generator.generate(subjectIndex, session);
            } catch (RuntimeException e) {
                keys.forEach(k -> sink.failed(k, "volume", "phantom generation failed: " + e.getMessage()));
                return;
            } finally {
                times.add("volume", System.nanoTime() - t);
            }
            sink.loaded(keys.get(0), study.ct());
            sink.loaded(keys.get(1), study.petSuv());
        }
    }
}
