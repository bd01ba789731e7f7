package org.petface.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.petface.core.Modality;
import org.petface.matcher.BootstrapOptions;
import org.petface.matcher.IdentificationResult;
import org.petface.matcher.report.ExperimentReport;
import org.petface.matcher.report.ProbeOutcome;
import org.petface.matcher.shape.ShapeMatchOptions;

/** Stage 6 of one experiment on hand-made vectors: ranks, misses with reasons, distractors. */
class ExperimentMatcherTest {

    private static final ExperimentSpec PET_TO_CT = ExperimentSpec.standard(1).get(0);
    private final ExperimentMatcher matcher = new ExperimentMatcher(1, new BootstrapOptions(200, 1, 0.95),
            ShapeMatchOptions.defaults());

    private static StudyFaces face(String subject, Modality modality, float... vector) {
        return new StudyFaces(new StudyKey(subject, 1, modality), null, null, Map.of(Method.DEEP, vector), Map.of(),
                null, "");
    }

    private static StudyFaces noFace(String subject, Modality modality) {
        return new StudyFaces(new StudyKey(subject, 1, modality), null, null, Map.of(),
                Map.of(Method.DEEP, "no face found by fr_detect"), null, "");
    }

    @Test
    void ranksProbesAndKeepsMissesInTheDenominatorWithTheirReasons() {
        List<StudyFaces> studies = List.of(
                face("A", Modality.PT, 1, 0, 0), face("A", Modality.CT, 1, 0.1f, 0),
                face("B", Modality.PT, 0, 1, 0), face("B", Modality.CT, 0.9f, 0.2f, 0),
                noFace("C", Modality.PT), face("C", Modality.CT, 0, 0, 1),
                face("D", Modality.PT, 0, 0, 1), StudyFaces.failed(new StudyKey("D", 1, Modality.CT), "surface",
                        "no voxel above the threshold"),
                face("E", Modality.CT, 0, 1, 0.1f));
        ExperimentReport r = matcher.apply(PET_TO_CT, Method.DEEP, studies);

        assertEquals(List.of("A", "B", "C", "D"), r.probes().stream().map(ProbeOutcome::subject).toList());
        assertEquals(4, r.galleryCount(), "A, B, C and the distractor E; D's CT failed");
        int[] ranks = r.identification().ranks();
        assertEquals(1, ranks[0]);
        assertEquals(2, ranks[1], "B's PET is closer to the distractor E (cosine 0.99) than to its own CT (0.22)");
        assertEquals(IdentificationResult.MISSED, ranks[2]);
        assertEquals(IdentificationResult.MISSED, ranks[3]);
        assertEquals("probe: no face found by fr_detect", r.probes().get(2).status());
        assertEquals("gallery: surface failed: no voxel above the threshold", r.probes().get(3).status());
        assertEquals(0.25, r.identification().topK(1), 1e-12);
    }

    @Test
    void methodNames() {
        assertEquals(EnumSet.allOf(Method.class), Method.parse("all"));
        assertEquals(EnumSet.of(Method.SHAPE), Method.parse("Shape"));
        assertThrows(IllegalArgumentException.class, () -> Method.parse("facenet"));
    }
}
