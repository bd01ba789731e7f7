package org.petface.matcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Verification scores grouped by probe: per probe the scores against gallery items of its own identity
 * (genuine) and of other identities (impostor). Grouping by probe is what lets the bootstrap resample probes.
 * A probe without any scores (no face found) stays as two empty arrays so that probe indices match an
 * {@link IdentificationResult}.
 */
public record ProbeScores(List<float[]> genuine, List<float[]> impostor) {

    public ProbeScores {
        if (genuine.size() != impostor.size()) {
            throw new IllegalArgumentException(genuine.size() + " genuine and " + impostor.size()
                    + " impostor score lists; need one of each per probe");
        }
        for (List<float[]> side : List.of(genuine, impostor)) {
            for (float[] scores : side) {
                for (float s : scores) {
                    if (Float.isNaN(s)) {
                        throw new IllegalArgumentException("a verification score is NaN");
                    }
                }
            }
        }
        genuine = List.copyOf(genuine);
        impostor = List.copyOf(impostor);
    }

    /** Splits every row of the matrix into genuine and impostor scores by identity key. */
    public static ProbeScores from(SimilarityMatrix scores, List<String> probeIdentities,
            List<String> galleryIdentities) {
        if (probeIdentities.size() != scores.probeCount() || galleryIdentities.size() != scores.galleryCount()) {
            throw new IllegalArgumentException("identity lists do not match the " + scores.probeCount() + " x "
                    + scores.galleryCount() + " matrix");
        }
        List<float[]> genuine = new ArrayList<>();
        List<float[]> impostor = new ArrayList<>();
        int n = scores.galleryCount();
        for (int i = 0; i < scores.probeCount(); i++) {
            String identity = probeIdentities.get(i);
            int same = 0;
            for (String g : galleryIdentities) {
                if (g.equals(identity)) {
                    same++;
                }
            }
            float[] gen = new float[same];
            float[] imp = new float[n - same];
            int gi = 0;
            int ii = 0;
            for (int j = 0; j < n; j++) {
                float s = scores.scores()[i * n + j];
                if (galleryIdentities.get(j).equals(identity)) {
                    gen[gi++] = s;
                } else {
                    imp[ii++] = s;
                }
            }
            genuine.add(gen);
            impostor.add(imp);
        }
        return new ProbeScores(genuine, impostor);
    }

    public int probeCount() {
        return genuine.size();
    }

    /** These scores with further probes appended that have no scores (studies in which no face was found). */
    public ProbeScores withMissedProbes(int count) {
        List<float[]> g = new ArrayList<>(genuine);
        List<float[]> i = new ArrayList<>(impostor);
        for (int k = 0; k < count; k++) {
            g.add(new float[0]);
            i.add(new float[0]);
        }
        return new ProbeScores(g, i);
    }
}
