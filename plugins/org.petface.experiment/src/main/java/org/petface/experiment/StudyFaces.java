package org.petface.experiment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.petface.core.Mesh;

/**
 * What one study leaves for matching once its volume is gone: the render (PNG), the decimated skin mesh for the
 * shape matcher, one vector per method that produced one, and for every other method the reason it did not.
 * A study that failed a stage has no render, mesh or vectors and names the stage in {@code failedStage}.
 *
 * @param key         the study
 * @param renderPng   the shaded face render as PNG, or null
 * @param shapeMesh   the skin mesh thinned for the shape matcher, or null
 * @param vectors     per method, its vector (landmarks: x,y,z interleaved in mm)
 * @param misses      per method without a vector, why (e.g. "no face found by fr_detect")
 * @param failedStage the stage that failed ("volume", "surface", ...), or null when every stage ran
 * @param reason      why it failed, or "" when it did not
 */
public record StudyFaces(StudyKey key, byte[] renderPng, Mesh shapeMesh, Map<Method, float[]> vectors,
        Map<Method, String> misses, String failedStage, String reason) {

    public StudyFaces {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
        vectors = Collections.unmodifiableMap(vectors.isEmpty() ? new EnumMap<>(Method.class) : new EnumMap<>(vectors));
        misses = Collections.unmodifiableMap(misses.isEmpty() ? new EnumMap<>(Method.class) : new EnumMap<>(misses));
    }

    /** A study that could not be taken through a stage. */
    public static StudyFaces failed(StudyKey key, String stage, String reason) {
        return new StudyFaces(key, null, null, Map.of(), Map.of(), stage, reason);
    }

    public boolean failed() {
        return failedStage != null;
    }

    /** The vector of the method, or null (see {@link #missReason}). */
    public float[] vector(Method method) {
        return vectors.get(method);
    }

    /** Why this study has no vector for the method: its failure, or the method's own miss. */
    public String missReason(Method method) {
        if (failed()) {
            return failedStage + " failed: " + reason;
        }
        String miss = misses.get(method);
        return miss != null ? miss : "no " + method.id() + " vector";
    }
}
