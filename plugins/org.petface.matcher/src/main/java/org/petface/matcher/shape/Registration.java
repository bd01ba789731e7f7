package org.petface.matcher.shape;

import org.petface.matcher.SimilarityTransform;

/**
 * The outcome of registering a probe face onto a gallery face: the rigid transform (probe to gallery), the RMS
 * distance (mm) of the kept closest-point pairs under it, the iterations run and the pairs kept.
 */
public record Registration(SimilarityTransform transform, double rmsMm, int iterations, int pairs) {
}
