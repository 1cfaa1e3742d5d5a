package org.claimeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.io.Json;
import org.claimeval.model.Bound;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Quantity;
import org.claimeval.model.Side;
import org.junit.jupiter.api.Test;

class WhoClaimsWhatTest {
    private static final ClaimantRegistry REGISTRY = new ClaimantRegistry(List.of(
            new Claimant("ru-mod", "Russian Defence Ministry", List.of(), "government", Side.RU),
            new Claimant("ua-gs", "Ukrainian General Staff", List.of(), "military", Side.UA)));

    /** Two documents; cluster "losses" has a UA, an author and two RU claims, "aims" one claim, one claim has none. */
    private static Dataset dataset() {
        Document a = new Document("a", "Moscow says 61,000 died. Kyiv says <b>under 500</b> | died. Nobody knows.");
        Document b = new Document("b", "Russia: about 2,000 lost. Aims unclear.");
        return new Dataset("t", "1", List.of(a, b), REGISTRY, Map.of(
                "a", List.of(
                        claim("a-02", "a", "Kyiv says <b>under 500</b> | died", "ua-gs", "losses",
                                new Quantity(null, 500, "troops", Bound.UNDER)),
                        claim("a-01", "a", "61,000 died", "ru-mod", "losses", new Quantity(null, 61000, "", Bound.EXACT)),
                        claim("a-03", "a", "Nobody knows", "author", "losses"),
                        claim("a-04", "a", "ignored", "author", null)),
                "b", List.of(
                        claim("b-01", "b", "about 2,000 lost", "ru-mod", "losses",
                                new Quantity(null, 2000, "soldiers", Bound.APPROX)),
                        claim("b-02", "b", "Aims unclear", "author", "aims"))),
                "cafe0000");
    }

    private static Claim claim(String id, String doc, String text, String claimant, String cluster, Quantity... q) {
        return new Claim(id, doc, 0, 1, text, claimant, null, null, List.of(), null, null, null, List.of(q), cluster, null);
    }

    @Test
    void clustersSortedByKeyAndClaimsBySideThenId() {
        WhoClaimsWhat w = WhoClaimsWhat.of(dataset());
        assertEquals(List.of("aims", "losses"), w.keys());
        var losses = w.clusters().get(1).claims();
        // RU first (a-01 before b-01 by id), then UA, then the author, who has no side.
        assertEquals(List.of("a-01", "b-01", "a-02", "a-03"), losses.stream().map(WhoClaimsWhat.Entry::claimId).toList());
        assertEquals("Russian Defence Ministry", losses.get(0).claimantName());
        assertEquals(Side.UA, losses.get(2).side());
        assertEquals(null, losses.get(3).side());
    }

    @Test
    void markdownRowsSideBySideAndEscaped() {
        String md = WhoClaimsWhat.of(dataset()).only("losses").orElseThrow().markdown();
        assertTrue(md.contains("1 cluster, 4 claims."), md);
        assertTrue(md.contains("| RU | Russian Defence Ministry | a | a-01 | 61,000 | 61,000 died |"), md);
        assertTrue(md.contains("| RU | Russian Defence Ministry | b | b-01 | about 2,000 soldiers | about 2,000 lost |"), md);
        assertTrue(md.contains("| UA | Ukrainian General Staff | a | a-02 | under 500 troops | "
                + "Kyiv says &lt;b&gt;under 500&lt;/b&gt; \\| died |"), md);
        assertTrue(md.contains("| - | author | a | a-03 | - | Nobody knows |"), md);
        assertEquals(4, md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| side") && !l.startsWith("| ---"))
                .count());
    }

    @Test
    void unknownKeyIsEmpty() {
        assertTrue(WhoClaimsWhat.of(dataset()).only("nope").isEmpty());
    }

    @Test
    void jsonHasEveryClaimWithItsFigures() throws Exception {
        JsonNode root = Json.mapper().readTree(WhoClaimsWhat.of(dataset()).json());
        assertEquals("claimeval/claims/1", root.get("schema").asText());
        JsonNode losses = root.get("clusters").get(1);
        assertEquals("losses", losses.get("key").asText());
        JsonNode ua = losses.get("claims").get(2);
        assertEquals("ua-gs", ua.get("claimant").get("id").asText());
        assertEquals("UA", ua.get("claimant").get("side").asText());
        assertEquals(500.0, ua.get("quantities").get(0).get("value").asDouble());
        assertEquals("under", ua.get("quantities").get(0).get("bound").asText());
        assertTrue(losses.get("claims").get(3).get("claimant").get("side").isNull());
    }

    @Test
    void bundledLossesClusterHoldsNineClaims() throws Exception {
        // Counted in dataset/gold/*.json (1.2.0, unchanged since 1.1.0): nine claims carry cluster ua-losses-kursk-total, 000-05, 000-06,
        // 002-03, 002-09, 003-01, 003-02, 003-08 (joined in 1.1.0), 003-14, 003-22.
        var losses = WhoClaimsWhat.of(DatasetLoader.load(Path.of(System.getProperty("claimeval.repo", "../..")).resolve("dataset"))).only("ua-losses-kursk-total").orElseThrow();
        assertEquals(9, losses.clusters().get(0).claims().size());
    }

    @Test
    void bundledBorderClashLossesLinkTheUnspecifiedFigureToTheLosses() throws Exception {
        // dataset/gold/001 (1.2.0, GUIDELINES H51): "The ministry did not specify the exact number of casualties but
        // indicated significant losses on both sides" is 001-04 (author, OTHER) and 001-05 (the ministry), one key.
        var clash = WhoClaimsWhat.of(DatasetLoader.load(Path.of(System.getProperty("claimeval.repo", "../..")).resolve("dataset"))).only("kursk-border-clash-losses").orElseThrow();
        assertEquals(List.of("001-05", "001-04"), clash.clusters().get(0).claims().stream().map(WhoClaimsWhat.Entry::claimId).toList());
    }
}
