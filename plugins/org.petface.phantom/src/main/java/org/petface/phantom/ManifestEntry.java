package org.petface.phantom;

import org.petface.core.Modality;

/**
 * One written series of the cohort, the ground truth of who is who.
 *
 * @param subject      the synthetic patient id (e.g. PHANTOM-0007)
 * @param session      1 or 2
 * @param modality     CT or PT
 * @param format       DICOM (path is a folder of slices) or NIFTI (path is a file)
 * @param relativePath path relative to the cohort folder, '/'-separated
 */
public record ManifestEntry(String subject, int session, Modality modality, OutputFormat format, String relativePath) {

    static final String HEADER = "subject,session,modality,format,path";

    String csvLine() {
        return subject + "," + session + "," + modality.name() + "," + format.name().toLowerCase(java.util.Locale.ROOT)
                + "," + relativePath;
    }
}
