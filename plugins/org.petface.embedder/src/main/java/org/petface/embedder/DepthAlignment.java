package org.petface.embedder;

import org.petface.core.Status;
import org.petface.render.Vec3;

/**
 * Where the depth descriptor found the face, by geometry alone. Image points are continuous pixel coordinates of
 * the render (column u, row v; pixel centres at +0.5). Fields the alignment did not reach are null or NaN.
 *
 * @param status            OK, or why there is no face (no surface, no nose tip, no symmetry axis, no eye sockets)
 * @param noseTip           the nose tip in the image
 * @param noseTipPoint      the nose tip in patient space (LPS, mm)
 * @param noseProminenceMm  how far the nose tip stands out of the band-passed surface
 * @param rollDegrees       in-plane angle of the symmetry axis, positive when its top leans to the image's right
 * @param symmetryRmsMm     root-mean-square height difference between mirrored points about that axis
 * @param leftEyeSocket     the eye socket on the image's left (the subject's right in a frontal render)
 * @param rightEyeSocket    the eye socket on the image's right
 */
public record DepthAlignment(Status status, ImagePoint noseTip, Vec3 noseTipPoint, double noseProminenceMm,
        double rollDegrees, double symmetryRmsMm, ImagePoint leftEyeSocket, ImagePoint rightEyeSocket) {

    /** A continuous image position: column u, row v. */
    public record ImagePoint(double u, double v) {
    }

    static DepthAlignment failed(String reason) {
        return new DepthAlignment(Status.error(reason), null, null, Double.NaN, Double.NaN, Double.NaN, null, null);
    }
}
