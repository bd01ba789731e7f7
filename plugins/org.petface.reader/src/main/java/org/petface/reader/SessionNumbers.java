package org.petface.reader;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers each patient's studies 1, 2, ... in time order, so that session 1 is the earliest study.
 *
 * <p>DICOM: a study is a StudyInstanceUID, ordered by its earliest StudyDate/StudyTime; studies without a date
 * come after the dated ones, in UID order (UIDs carry no date: their order only keeps the numbering
 * deterministic). NIfTI has no dates: a study is the file's parent folder (SUBJECT/SESSION/file), ordered by folder
 * name. DICOM and NIfTI rows of one patient key are numbered separately, as a NIfTI tree is usually an export of
 * the same studies. Rows that are not series (unreadable files) get no number.
 */
public final class SessionNumbers {

    private static final Comparator<Study> ORDER = Comparator
            .comparing(Study::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Study::key);

    private SessionNumbers() {
    }

    private record Patient(SourceKind source, String patientKey) {
    }

    private record Study(String key, LocalDateTime start) {
    }

    /**
     * The session number of every series row in {@code series}, keyed by row identity (the very record instances
     * given, whatever their equality), in no particular iteration order.
     */
    public static Map<SeriesRecord, Integer> of(List<SeriesRecord> series) {
        Map<Patient, Map<String, Study>> studies = new HashMap<>();
        for (SeriesRecord s : series) {
            if (s.isSeries()) {
                String key = studyKey(s);
                studies.computeIfAbsent(patient(s), k -> new HashMap<>())
                        .merge(key, new Study(key, s.studyStart()), SessionNumbers::earlier);
            }
        }
        Map<Patient, Map<String, Integer>> numbers = new HashMap<>();
        studies.forEach((patient, byStudy) -> {
            List<Study> ordered = new ArrayList<>(byStudy.values());
            ordered.sort(ORDER);
            Map<String, Integer> byKey = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                byKey.put(ordered.get(i).key(), i + 1);
            }
            numbers.put(patient, byKey);
        });
        Map<SeriesRecord, Integer> sessions = new IdentityHashMap<>();
        for (SeriesRecord s : series) {
            if (s.isSeries()) {
                sessions.put(s, numbers.get(patient(s)).get(studyKey(s)));
            }
        }
        return Collections.unmodifiableMap(sessions);
    }

    /** The same study as seen by two of its series: the earlier start, a dated one before an undated one. */
    private static Study earlier(Study a, Study b) {
        return ORDER.compare(a, b) <= 0 ? a : b;
    }

    private static Patient patient(SeriesRecord s) {
        return new Patient(s.source(), s.patientKey());
    }

    private static String studyKey(SeriesRecord s) {
        if (s.source() == SourceKind.NIFTI) {
            Path parent = s.location().toAbsolutePath().getParent();
            return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        }
        return s.studyUid();
    }
}
