package org.petface.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.PseudonymousKey;
import org.petface.core.Status;
import org.petface.nifti.NiftiHeader;
import org.petface.nifti.NiftiReader;
import org.petface.nifti.VolumeKind;
import org.petface.reader.dicom.DicomHeaderReader;
import org.petface.reader.dicom.DicomImageHeader;
import org.petface.reader.dicom.InvalidDicomException;

/**
 * Stage 1: finds the image series under folders and files. DICOM headers are read in parallel, grouped by
 * SeriesInstanceUID and split where images differ in geometry or acquisition ({@link SeriesGrouper});
 * NIfTI files become one series each. Every file that is not part of a readable series gets its own row
 * with a status and reason; nothing stops the walk.
 */
public final class SeriesScanner {

    private final ScanOptions options;

    public SeriesScanner(ScanOptions options) {
        this.options = options;
    }

    /** Scans the given folders and files. */
    public ScanResult apply(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        List<SeriesRecord> rows = new ArrayList<>();
        for (Path root : roots) {
            collect(root, files, rows);
        }
        files.sort(Comparator.naturalOrder());
        List<Path> dicomCandidates = new ArrayList<>();
        for (Path file : files) {
            if (isNifti(file)) {
                if (options.includeNifti()) {
                    rows.add(niftiRow(file));
                }
            } else {
                dicomCandidates.add(file);
            }
        }
        List<DicomImageHeader> headers = new ArrayList<>();
        for (FileOutcome outcome : readHeaders(dicomCandidates)) {
            if (outcome.header() != null) {
                headers.add(outcome.header());
            } else {
                rows.add(outcome.badFile());
            }
        }
        rows.addAll(SeriesGrouper.group(headers));
        rows.sort(Comparator.comparing((SeriesRecord r) -> r.location().toString())
                .thenComparing(SeriesRecord::seriesUid).thenComparingInt(SeriesRecord::part));
        return new ScanResult(rows);
    }

    public ScanResult apply(Path... roots) {
        return apply(List.of(roots));
    }

    private void collect(Path root, List<Path> files, List<SeriesRecord> rows) {
        if (Files.isRegularFile(root)) {
            files.add(root);
            return;
        }
        if (!Files.isDirectory(root)) {
            rows.add(SeriesRecord.badFile(root, SourceKind.DICOM, Status.error("no such file or folder")));
            return;
        }
        EnumSet<FileVisitOption> visit = options.followLinks()
                ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
        try (Stream<Path> walk = Files.walk(root, options.recursive() ? Integer.MAX_VALUE : 1,
                visit.toArray(FileVisitOption[]::new))) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            rows.add(SeriesRecord.badFile(root, SourceKind.DICOM, Status.error("cannot walk folder: " + e.getMessage())));
        }
    }

    /** A file read: its header, or else the row saying why it is not an image. */
    private record FileOutcome(DicomImageHeader header, SeriesRecord badFile) {
    }

    /** One outcome per file, in input order. */
    private List<FileOutcome> readHeaders(List<Path> files) {
        if (options.threads() == 1 || files.size() < 2) {
            return files.stream().map(this::readHeader).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), files.size()));
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> readHeader(file)));
            }
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (Future<FileOutcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("header reading failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private FileOutcome readHeader(Path file) {
        try {
            return new FileOutcome(DicomHeaderReader.read(file, options.maxSequenceDepth()), null);
        } catch (InvalidDicomException e) {
            Status status = switch (e.kind()) {
                case NOT_DICOM, NO_PIXEL_DATA -> Status.warning(e.getMessage());
                case TRUNCATED, MALFORMED, UNSUPPORTED -> Status.error(e.getMessage());
            };
            return bad(file, status);
        } catch (IOException e) {
            return bad(file, Status.error("cannot read: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // The pre-check should make this unreachable; a parser bug must still not end the walk.
            return bad(file, Status.error("unreadable: " + e));
        }
    }

    private static FileOutcome bad(Path file, Status status) {
        return new FileOutcome(null, SeriesRecord.badFile(file, SourceKind.DICOM, status));
    }

    private static boolean isNifti(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nii") || name.endsWith(".nii.gz");
    }

    /**
     * A NIfTI header names no patient; cohorts are laid out SUBJECT/SESSION/file (as the phantom writes them), so the
     * subject is the folder two levels up, pseudonymised like a PatientID.
     */
    static String niftiSubjectKey(Path file) {
        Path session = file.toAbsolutePath().getParent();
        Path subject = session == null ? null : session.getParent();
        return PseudonymousKey.of(subject == null || subject.getFileName() == null ? null
                : subject.getFileName().toString());
    }

    private static SeriesRecord niftiRow(Path file) {
        try {
            NiftiHeader header = NiftiReader.readHeader(file);
            VolumeKind kind = NiftiReader.kindOf(file, header);
            Affine affine = header.voxelToLps();
            Status status = kind.modality() == Modality.OTHER
                    ? Status.warning("modality unknown: neither recorded in the header nor an AutoPET file name")
                    : Status.ok();
            return new SeriesRecord(status, SourceKind.NIFTI, file, kind.modality(), niftiSubjectKey(file), null,
                    null, null, 0, 1, 1,
                    header.nz(), header.ny(), header.nx(), new double[] {affine.spacing(1), affine.spacing(0)},
                    affine.spacing(2), java.util.Set.of(), kind.unit().label(), kind.unit(), null, List.of());
        } catch (IOException | RuntimeException e) {
            return SeriesRecord.badFile(file, SourceKind.NIFTI, Status.error(e.getMessage()));
        }
    }
}
