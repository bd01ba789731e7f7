package org.petface.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.petface.core.Modality;
import org.petface.reader.ScanOptions;
import org.petface.reader.ScanResult;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SeriesScanner;
import org.petface.reader.SessionNumbers;
import org.petface.reader.SourceKind;
import org.petface.volume.Reconstruction;
import org.petface.volume.ReconstructionOptions;
import org.petface.volume.VolumeReconstructor;

/**
 * An input folder as batches: the reader finds every CT and PET series, studies are paired by pseudonymous
 * patient key and sessions told apart by study, and each subject session becomes one batch whose series the
 * volume reconstructor turns into head-cropped volumes one at a time.
 *
 * <p>Subject = the reader's pseudonymous patient key (NIfTI: of the folder two levels up); session = the reader's
 * {@link SessionNumbers} over the CT and PET series: DICOM studies in StudyDate/StudyTime order (session 1 = the
 * earliest), NIfTI the parent folders (SUBJECT/SESSION/file) in name order. When one session has several series
 * of a modality, the one with the most slices is taken (then the first by location).
 */
final class FolderStudies {

    private FolderStudies() {
    }

    /** The planned batches and what the scan saw, for the report's cohort summary. */
    record Plan(List<StudyBatch> batches, int seriesFound, int seriesUsed, int unreadable) {
    }

    static Plan plan(CohortSource.Folder source, int threads, StageTimes times) throws IOException {
        if (!Files.isDirectory(source.folder())) {
            throw new IOException(source.folder() + ": not a folder");
        }
        long t = System.nanoTime();
        ScanResult scan = new SeriesScanner(ScanOptions.defaults().withThreads(threads)).apply(source.folder());
        times.add("volume", System.nanoTime() - t);
        List<SeriesRecord> imaging = scan.series().stream()
                .filter(s -> (s.modality() == Modality.CT || s.modality() == Modality.PT)
                        && accepts(source.format(), s.source()))
                .toList();
        Map<SeriesRecord, Integer> sessions = SessionNumbers.of(imaging);
        Map<String, Map<Integer, Map<Modality, SeriesRecord>>> bySubject = new TreeMap<>();
        for (SeriesRecord s : imaging) {
            bySubject.computeIfAbsent(s.patientKey(), k -> new TreeMap<>())
                    .computeIfAbsent(sessions.get(s), k -> new TreeMap<>())
                    .merge(s.modality(), s, FolderStudies::preferred);
        }
        VolumeReconstructor reconstructor = new VolumeReconstructor(ReconstructionOptions.defaults()
                .withReorientToCanonical(true).withCropToHead(true).withThreads(1));
        List<StudyBatch> batches = new ArrayList<>();
        int used = 0;
        for (Map.Entry<String, Map<Integer, Map<Modality, SeriesRecord>>> subject : bySubject.entrySet()) {
            for (Map.Entry<Integer, Map<Modality, SeriesRecord>> session : subject.getValue().entrySet()) {
                List<StudyKey> keys = new ArrayList<>();
                List<SeriesRecord> series = new ArrayList<>();
                for (Map.Entry<Modality, SeriesRecord> e : session.getValue().entrySet()) {
                    keys.add(new StudyKey(subject.getKey(), session.getKey(), e.getKey()));
                    series.add(e.getValue());
                }
                used += series.size();
                batches.add(new Series(List.copyOf(keys), List.copyOf(series), reconstructor, times));
            }
        }
        return new Plan(batches, imaging.size(), used, scan.badFiles().size());
    }

    private static boolean accepts(CohortSource.InputFormat format, SourceKind kind) {
        return switch (format) {
            case ANY -> true;
            case DICOM -> kind == SourceKind.DICOM;
            case NIFTI -> kind == SourceKind.NIFTI;
        };
    }

    private static SeriesRecord preferred(SeriesRecord a, SeriesRecord b) {
        Comparator<SeriesRecord> order = Comparator.comparingInt(SeriesRecord::sliceCount).reversed()
                .thenComparing(s -> s.location().toString());
        return order.compare(a, b) <= 0 ? a : b;
    }

    private record Series(List<StudyKey> keys, List<SeriesRecord> series, VolumeReconstructor reconstructor,
            StageTimes times) implements StudyBatch {

        @Override
        public void run(Sink sink) {
            for (int i = 0; i < keys.size(); i++) {
                StudyKey key = keys.get(i);
                SeriesRecord s = series.get(i);
                if (s.status().isError()) {
                    sink.failed(key, "read", s.status().reason());
                    continue;
                }
                long t = System.nanoTime();
                Reconstruction r = s.source() == SourceKind.NIFTI ? reconstructor.apply(s.location())
                        : reconstructor.apply(s);
                times.add("volume", System.nanoTime() - t);
                if (r.volume() == null || r.status().isError()) {
                    sink.failed(key, "volume", r.status().reason());
                } else {
                    sink.loaded(key, r.volume());
                }
            }
        }
    }
}
