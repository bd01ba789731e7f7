package org.petface.matcher.report;

import java.util.Objects;

/**
 * The two renders of one subject shown side by side (PNG bytes; either may be null if it could not be made),
 * e.g. the PET render as probe and the CT render as gallery, with their captions.
 */
public record SubjectRenders(String subject, byte[] probePng, String probeLabel, byte[] galleryPng,
        String galleryLabel) {

    public SubjectRenders {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(probeLabel, "probeLabel");
        Objects.requireNonNull(galleryLabel, "galleryLabel");
    }
}
