package org.petface.embedder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Greedy non-maximum suppression: keep the best box, drop the boxes overlapping it more than the threshold. */
final class NonMaximumSuppression {

    private NonMaximumSuppression() {
    }

    static List<FaceBox> apply(List<FaceBox> boxes, double iouThreshold) {
        List<FaceBox> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(FaceBox::score).reversed());
        List<FaceBox> kept = new ArrayList<>();
        for (FaceBox candidate : sorted) {
            boolean overlaps = false;
            for (FaceBox k : kept) {
                if (candidate.intersectionOverUnion(k) > iouThreshold) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
