package org.petface.matcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks each probe's true identity among the gallery identities. An identity may have several gallery items; it
 * scores the best of them. Gallery identities without any probe are distractors: they only compete.
 *
 * <p>Ties are resolved against the match: the rank is 1 + the number of other identities scoring at least as
 * high as the true one, so a score matrix of constants ranks every probe last, never first.
 */
public final class Identification {

    private Identification() {
    }

    /**
     * @param probeIdentities one identity key per matrix row
     * @param galleryIdentities one identity key per matrix column
     */
    public static IdentificationResult apply(SimilarityMatrix scores, List<String> probeIdentities,
            List<String> galleryIdentities) {
        if (probeIdentities.size() != scores.probeCount() || galleryIdentities.size() != scores.galleryCount()) {
            throw new IllegalArgumentException("identity lists of " + probeIdentities.size() + " probes and "
                    + galleryIdentities.size() + " gallery items for a " + scores.probeCount() + " x "
                    + scores.galleryCount() + " matrix");
        }
        Map<String, Integer> identityIndex = new HashMap<>();
        int[] itemIdentity = new int[galleryIdentities.size()];
        for (int j = 0; j < itemIdentity.length; j++) {
            itemIdentity[j] = identityIndex.computeIfAbsent(galleryIdentities.get(j), key -> identityIndex.size());
        }
        int identities = identityIndex.size();
        float[] all = scores.scores();
        int n = scores.galleryCount();
        float[] best = new float[identities];
        int[] ranks = new int[scores.probeCount()];
        for (int i = 0; i < ranks.length; i++) {
            Integer truth = identityIndex.get(probeIdentities.get(i));
            if (truth == null) {
                ranks[i] = IdentificationResult.MISSED;
                continue;
            }
            java.util.Arrays.fill(best, Float.NEGATIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                float s = all[i * n + j];
                if (s > best[itemIdentity[j]]) {
                    best[itemIdentity[j]] = s;
                }
            }
            float genuine = best[truth];
            int rank = 1;
            for (int id = 0; id < identities; id++) {
                if (id != truth && best[id] >= genuine) {
                    rank++;
                }
            }
            ranks[i] = rank;
        }
        return new IdentificationResult(ranks, identities);
    }
}
