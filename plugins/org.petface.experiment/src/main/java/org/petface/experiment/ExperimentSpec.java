package org.petface.experiment;

import java.util.ArrayList;
import java.util.List;
import org.petface.core.Modality;

/**
 * One experiment: probes of one modality and session against a gallery of another.
 *
 * @param name e.g. pet_to_ct
 */
public record ExperimentSpec(String name, Modality probeModality, int probeSession, Modality galleryModality,
        int gallerySession) {

    /**
     * pet_to_ct within session 1 (the published PET/CT setting); with two sessions also ct_to_ct and pet_to_pet,
     * session 2 probes against the session 1 gallery.
     */
    public static List<ExperimentSpec> standard(int sessions) {
        List<ExperimentSpec> specs = new ArrayList<>();
        specs.add(new ExperimentSpec("pet_to_ct", Modality.PT, 1, Modality.CT, 1));
        if (sessions >= 2) {
            specs.add(new ExperimentSpec("ct_to_ct", Modality.CT, 2, Modality.CT, 1));
            specs.add(new ExperimentSpec("pet_to_pet", Modality.PT, 2, Modality.PT, 1));
        }
        return specs;
    }

    public String probeLabel() {
        return StudyKey.label(probeModality, probeSession);
    }

    public String galleryLabel() {
        return StudyKey.label(galleryModality, gallerySession);
    }

    boolean isProbe(StudyKey key) {
        return key.modality() == probeModality && key.session() == probeSession;
    }

    boolean isGallery(StudyKey key) {
        return key.modality() == galleryModality && key.session() == gallerySession;
    }
}
