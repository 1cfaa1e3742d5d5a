package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.claimeval.io.Json;
import org.junit.jupiter.api.Test;

class ClaimsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void oneClusterAsMarkdown() {
        assertEquals(0, run("claims", "--cluster", "ua-losses-kursk-total"));
        // 000-06 in dataset/gold/000_4e2820158f8ac3a8.json: "exceeded 61,000 servicemen", bound over.
        assertTrue(out.toString().contains("| RU | Russian Defence Ministry | 000\\_4e2820158f8ac3a8 | 000-06 | "
                + "over 61,000 servicemen |"), out.toString());
        assertTrue(out.toString().contains("### ua-losses-kursk-total"));
    }

    @Test
    void allClustersAsJsonSortedByKey() throws Exception {
        assertEquals(0, run("claims", "--format", "json"));
        JsonNode clusters = Json.mapper().readTree(out.toString()).get("clusters");
        assertTrue(clusters.size() > 1);
        for (int i = 1; i < clusters.size(); i++) {
            assertTrue(clusters.get(i - 1).get("key").asText().compareTo(clusters.get(i).get("key").asText()) < 0);
        }
    }

    @Test
    void unknownClusterExits2ListingTheKnownKeys() {
        assertEquals(2, run("claims", "--cluster", "no-such-cluster"));
        assertTrue(err.toString().contains("unknown cluster 'no-such-cluster'"), err.toString());
        assertTrue(err.toString().contains("ua-losses-kursk-total"), err.toString());
        assertEquals("", out.toString());
    }
}
