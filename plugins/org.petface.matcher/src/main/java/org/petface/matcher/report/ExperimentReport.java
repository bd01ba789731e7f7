package org.petface.matcher.report;

import java.util.List;
import java.util.Objects;

import org.petface.matcher.IdentificationResult;
import org.petface.matcher.MetricIntervals;
import org.petface.matcher.VerificationResult;

/**
 * The outcome of one experiment for the report: its name (e.g. pet_to_ct), what the probes and the gallery are
 * (e.g. "PET session 1"), the method (embedder or matcher name), the gallery size in items, one outcome per probe
 * in the order of the identification ranks, and the metrics with their bootstrap intervals.
 */
public record ExperimentReport(String name, String probe, String gallery, String embedder, int galleryCount,
        List<ProbeOutcome> probes, IdentificationResult identification, VerificationResult verification,
        MetricIntervals ci95) {

    public ExperimentReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(gallery, "gallery");
        Objects.requireNonNull(embedder, "embedder");
        Objects.requireNonNull(identification, "identification");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(ci95, "ci95");
        probes = List.copyOf(probes);
        if (probes.size() != identification.probeCount()) {
            throw new IllegalArgumentException(name + "/" + embedder + ": " + probes.size() + " probe outcomes for "
                    + identification.probeCount() + " ranks");
        }
        for (int i = 0; i < probes.size(); i++) {
            if (probes.get(i).rank() != identification.ranks()[i]) {
                throw new IllegalArgumentException(name + "/" + embedder + ": probe " + probes.get(i).subject()
                        + " has rank " + probes.get(i).rank() + " but the identification says "
                        + identification.ranks()[i]);
            }
        }
    }
}
