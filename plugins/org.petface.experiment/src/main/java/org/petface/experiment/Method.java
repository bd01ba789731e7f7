package org.petface.experiment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A way to compare two faces; every experiment is run once per chosen method. */
public enum Method {

    /** The photo-trained deep embedder (fr_feature) on the render, cosine similarity: the published baseline. */
    DEEP("deep"),
    /** The detected inner face landmarks lifted onto the surface through the depth map, compared after 3-D Procrustes. */
    LANDMARKS("landmarks"),
    /** The depth-map descriptor of the face, cosine similarity. */
    DEPTH("depth"),
    /** Rigid ICP of the face region of the meshes; minus the residual. Needs no face detector. */
    SHAPE("shape");

    private final String id;

    Method(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** "all" or one method id. */
    public static Set<Method> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("all")) {
            return EnumSet.allOf(Method.class);
        }
        for (Method m : values()) {
            if (m.id.equals(n)) {
                return EnumSet.of(m);
            }
        }
        throw new IllegalArgumentException("unknown embedder '" + name + "'; choose all, deep, landmarks, depth or shape");
    }

    /** Methods that need a face found by the detector in the render. */
    boolean needsDetection() {
        return this == DEEP || this == LANDMARKS;
    }
}
