package org.petface.phantom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.petface.core.Modality;
import org.petface.core.Status;
import org.petface.nifti.NiftiWriter;

/**
 * Stage entry of the synthetic cohort: generates every subject session and writes its CT and PET as
 * DICOM series folders and/or NIfTI files, then manifest.csv (the ground truth of identities).
 * Layout: {@code PHANTOM-0007/session-1/CT/} (DICOM) and {@code PHANTOM-0007/session-1/CT.nii.gz};
 * PET DICOM holds Bq/ml with the SUV inputs, PET NIfTI holds SUVbw (AutoPET's SUV.nii.gz).
 * Sessions run in parallel; every random draw is seeded by (seed, subject, session), so the bytes do
 * not depend on the thread count.
 */
public final class CohortGenerator {

    public static final String MANIFEST = "manifest.csv";

    private CohortGenerator() {
    }

    public static CohortResult apply(CohortOptions options) throws IOException {
        Path root = options.outputDirectory();
        Files.createDirectories(root);
        PhantomGenerator generator = new PhantomGenerator(options.seed(), options.resolutionScale());
        List<int[]> jobs = new ArrayList<>();
        for (int s = 0; s < options.subjects(); s++) {
            for (int session = 1; session <= options.sessions(); session++) {
                jobs.add(new int[] {s, session});
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), jobs.size()));
        List<Future<List<ManifestEntry>>> futures = new ArrayList<>();
        try {
            for (int[] job : jobs) {
                futures.add(pool.submit(() -> writeSession(generator, job[0], job[1], options)));
            }
            List<ManifestEntry> entries = new ArrayList<>();
            List<CohortResult.SessionOutcome> outcomes = new ArrayList<>();
            for (int n = 0; n < jobs.size(); n++) {
                String subject = PhantomSubject.patientId(jobs.get(n)[0]);
                int session = jobs.get(n)[1];
                Status status;
                try {
                    entries.addAll(futures.get(n).get());
                    status = Status.ok();
                } catch (ExecutionException e) {
                    status = Status.error(subject + " session " + session + ": " + describe(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("cohort generation interrupted", e);
                }
                outcomes.add(new CohortResult.SessionOutcome(subject, session, status));
            }
            Path manifest = writeManifest(root, entries);
            return new CohortResult(manifest, entries, outcomes);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ManifestEntry> writeSession(PhantomGenerator generator, int subjectIndex, int session,
                                                    CohortOptions options) throws IOException {
        PhantomStudy study = generator.generate(subjectIndex, session);
        String subject = study.subject().patientId();
        String sessionDir = subject + "/session-" + session;
        Path dir = options.outputDirectory().resolve(subject).resolve("session-" + session);
        Files.createDirectories(dir);
        List<ManifestEntry> entries = new ArrayList<>();
        if (options.format().dicom()) {
            PhantomDicom.writeCt(study, options.seed(), dir.resolve("CT"));
            entries.add(new ManifestEntry(subject, session, Modality.CT, OutputFormat.DICOM, sessionDir + "/CT"));
            PhantomDicom.writePet(study, options.seed(), dir.resolve("PT"));
            entries.add(new ManifestEntry(subject, session, Modality.PT, OutputFormat.DICOM, sessionDir + "/PT"));
        }
        if (options.format().nifti()) {
            NiftiWriter.write(study.ct(), dir.resolve("CT.nii.gz"));
            entries.add(new ManifestEntry(subject, session, Modality.CT, OutputFormat.NIFTI, sessionDir + "/CT.nii.gz"));
            NiftiWriter.write(study.petSuv(), dir.resolve("SUV.nii.gz"));
            entries.add(new ManifestEntry(subject, session, Modality.PT, OutputFormat.NIFTI, sessionDir + "/SUV.nii.gz"));
        }
        return entries;
    }

    private static Path writeManifest(Path root, List<ManifestEntry> entries) throws IOException {
        StringBuilder csv = new StringBuilder(ManifestEntry.HEADER).append('\n');
        for (ManifestEntry e : entries) {
            csv.append(e.csvLine()).append('\n');
        }
        Path manifest = root.resolve(MANIFEST);
        Path partial = root.resolve(MANIFEST + ".part");
        Files.writeString(partial, csv, StandardCharsets.UTF_8);
        Files.move(partial, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    private static String describe(Throwable t) {
        Throwable cause = t instanceof UncheckedIOException u ? u.getCause() : t;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
