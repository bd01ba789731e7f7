package org.petface.surface;

import java.util.Objects;
import org.petface.core.Volume;

/**
 * Stage 3: the skin surface of a PET or CT volume. {@link BodySegmenter} thresholds the volume, keeps the body
 * (not the bed, not noise), optionally only its head, and fills internal cavities; {@link SkinMesher} runs marching
 * cubes on the voxel values around that body, smooths, optionally decimates and adds vertex normals.
 * Thread-safe: holds only options.
 */
public final class SurfaceExtractor {

    private final SurfaceOptions options;
    private final BodySegmenter segmenter;
    private final SkinMesher mesher;

    public SurfaceExtractor(SurfaceOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.segmenter = new BodySegmenter(options);
        this.mesher = new SkinMesher(options);
    }

    public SurfaceOptions options() {
        return options;
    }

    public SurfaceResult apply(Volume volume) {
        return mesher.apply(volume, segmenter.apply(volume));
    }
}
