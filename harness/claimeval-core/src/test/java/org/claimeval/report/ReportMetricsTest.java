package org.claimeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.claimeval.io.Json;
import org.junit.jupiter.api.Test;

/** Short metric names resolve over whatever numbers a report carries. */
class ReportMetricsTest {
    private static final String REPORT = """
            {"signature": "s", "configuration": {"iou": 0.5}, "timing": {"totalMillis": 9},
             "micro": {"f1": 0.5, "tp": 3}, "macro": {"f1": 0.4},
             "attributes": {"claimAndClaimant": {"f1": 0.25}, "claimant": {"accuracy": 0.75},
                            "cue": {"overlap": {"f1": 0.6}, "exact": {"f1": 0.2}}},
             "types": {"CASUALTIES": {"f1": 1.0}}, "documents": [{"f1": 0.1}]}
            """;

    @Test
    void namesResolveByPathAliasOrUniqueEnding() throws Exception {
        JsonNode tree = Json.mapper().readTree(REPORT);
        ReportMetrics m = ReportMetrics.of(tree);
        assertEquals(Optional.of("attributes.claimAndClaimant.f1"), m.resolve("claim_claimant.f1"));
        assertEquals(Optional.of("micro.f1"), m.resolve("micro.f1"));
        assertEquals(Optional.of("attributes.claimant.accuracy"), m.resolve("claimant.accuracy"));
        assertEquals(Optional.of("types.CASUALTIES.f1"), m.resolve("CASUALTIES.f1"));
        // cue alone is the overlap-matched cue; its exact scores stay reachable by their own ending.
        assertEquals(Optional.of("attributes.cue.overlap.f1"), m.resolve("cue.f1"));
        assertEquals(Optional.of("attributes.cue.exact.f1"), m.resolve("cue.exact.f1"));
        // f1 ends six paths: ambiguous; run settings, timing and per-document rows are not metrics.
        assertEquals(Optional.empty(), m.resolve("f1"));
        assertTrue(m.explain("f1").startsWith("ambiguous metric f1 (could be "), m.explain("f1"));
        assertEquals(Optional.empty(), m.resolve("configuration.iou"));
        assertEquals(Optional.empty(), m.resolve("timing.totalMillis"));
        assertEquals(Optional.empty(), m.resolve("documents.f1"));
        assertEquals(0.75, m.value(m.resolve("claimant.accuracy").orElseThrow()));
        assertTrue(m.listing().contains("claim_claimant.{f1}"), m.listing().toString());
        assertTrue(m.listing().contains("micro.{f1,tp}"), m.listing().toString());
    }
}
