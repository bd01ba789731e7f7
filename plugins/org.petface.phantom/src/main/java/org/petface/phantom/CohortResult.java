package org.petface.phantom;

import java.nio.file.Path;
import java.util.List;
import org.petface.core.Status;

/**
 * What a cohort run produced: the manifest it wrote, its entries, and one outcome per subject session
 * (a session that failed to write is an error row; the others are still written).
 */
public record CohortResult(Path manifest, List<ManifestEntry> entries, List<SessionOutcome> outcomes) {

    public CohortResult {
        entries = List.copyOf(entries);
        outcomes = List.copyOf(outcomes);
    }

    /** One subject session: its patient id, session number and status. */
    public record SessionOutcome(String subject, int session, Status status) {
    }

    public boolean allOk() {
        return outcomes.stream().allMatch(o -> o.status().isOk());
    }
}
