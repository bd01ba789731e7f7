package org.petface.matcher.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What the cohort is (e.g. "synthetic phantom cohort, seed 7") and facts about it, shown in the given order. */
public record CohortSummary(String description, Map<String, String> facts) {

    public CohortSummary {
        Objects.requireNonNull(description, "description");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
