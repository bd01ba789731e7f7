package org.petface.experiment;

import java.nio.file.Path;
import java.util.Objects;

/** Where the studies of an experiment come from. */
public sealed interface CohortSource {

    /**
     * The built-in phantom cohort, generated in memory.
     *
     * @param subjects        1..10000
     * @param seed            cohort seed
     * @param sessions        1, or 2 for a repeat visit (then the cross-session experiments run too)
     * @param resolutionScale 1 for clinical matrix sizes; smaller for quick runs (see PhantomGenerator)
     */
    record Synthetic(int subjects, long seed, int sessions, double resolutionScale) implements CohortSource {
        public Synthetic {
            if (subjects < 1 || subjects > 10_000) {
                throw new IllegalArgumentException("subjects must be 1..10000, got " + subjects);
            }
            if (sessions != 1 && sessions != 2) {
                throw new IllegalArgumentException("sessions must be 1 or 2, got " + sessions);
            }
            if (!(resolutionScale > 0.05 && resolutionScale <= 1)) {
                throw new IllegalArgumentException("resolution scale must be in (0.05, 1], got " + resolutionScale);
            }
        }
    }

    /**
     * A folder of DICOM series and/or NIfTI files. DICOM studies are paired by pseudonymous patient key and
     * StudyInstanceUID; NIfTI files by their folders (SUBJECT/STUDY/file, as AutoPET and the phantom cohort lay them
     * out).
     */
    record Folder(Path folder, InputFormat format) implements CohortSource {
        public Folder {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(format, "format");
        }
    }

    /** Which files of an input folder take part. */
    enum InputFormat {
        DICOM, NIFTI, ANY
    }
}
