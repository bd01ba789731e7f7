package org.petface.embedder;

import java.util.Locale;

/** The detectors on offer, by the names the command line and KNIME settings use. */
public enum DetectorKind {
    FR_DETECT("fr_detect", FrDetectDetector.DEFAULT_SCORE_THRESHOLD),
    BLAZEFACE("blazeface", BlazeFaceDetector.Variant.BACK_256.defaultScoreThreshold),
    HAAR("haar", 0.5);

    private final String id;
    private final double defaultScoreThreshold;

    DetectorKind(String id, double defaultScoreThreshold) {
        this.id = id;
        this.defaultScoreThreshold = defaultScoreThreshold;
    }

    public String id() {
        return id;
    }

    public double defaultScoreThreshold() {
        return defaultScoreThreshold;
    }

    public static DetectorKind parse(String name) {
        for (DetectorKind k : values()) {
            if (k.id.equals(name.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown detector '" + name + "'; choose fr_detect, blazeface or haar");
    }

    public FaceDetector open(ModelFiles models, double scoreThreshold) {
        return switch (this) {
            case FR_DETECT -> new FrDetectDetector(models, scoreThreshold);
            case BLAZEFACE -> new BlazeFaceDetector(models, BlazeFaceDetector.Variant.BACK_256, scoreThreshold);
            case HAAR -> new HaarDetector(HaarDetector.DEBIAN_CASCADE, scoreThreshold);
        };
    }
}
