package org.petface.experiment;

import java.util.Comparator;
import java.util.Objects;
import org.petface.core.Modality;

/**
 * One study of the cohort: the subject's pseudonymous id, the session (1-based) and the modality (CT or PT).
 */
public record StudyKey(String subject, int session, Modality modality) implements Comparable<StudyKey> {

    private static final Comparator<StudyKey> ORDER = Comparator.comparing(StudyKey::subject)
            .thenComparingInt(StudyKey::session).thenComparing(StudyKey::modality);

    public StudyKey {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(modality, "modality");
        if (session < 1) {
            throw new IllegalArgumentException("session must be >= 1, got " + session);
        }
    }

    /** "PET session 1" or "CT session 2". */
    public static String label(Modality modality, int session) {
        return (modality == Modality.PT ? "PET" : modality.name()) + " session " + session;
    }

    @Override
    public int compareTo(StudyKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return subject + " s" + session + " " + (modality == Modality.PT ? "PET" : modality.name());
    }
}
