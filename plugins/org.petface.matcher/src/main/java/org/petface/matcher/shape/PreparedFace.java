package org.petface.matcher.shape;

import org.petface.core.Status;

/**
 * The face region of one mesh, thinned for its role in {@link ShapeMatcher} (probe or gallery), or, when the mesh has
 * no usable face region, an ERROR status saying why (then {@code face} holds what was found and must not be matched).
 */
public record PreparedFace(FaceRegion.Points face, Status status) {

    public PreparedFace {
        if (face == null || status == null) {
            throw new IllegalArgumentException("a prepared face needs its points and a status");
        }
    }

    public boolean usable() {
        return !status.isError();
    }
}
