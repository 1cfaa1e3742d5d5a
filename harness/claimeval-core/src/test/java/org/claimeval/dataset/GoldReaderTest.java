package org.claimeval.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimeval.io.Json;
import org.claimeval.model.Attribution;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Bound;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.QuoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsAFolderWithoutAManifest() throws BadInputException {
        Map<String, List<Claim>> gold = GoldReader.readFolder(FixtureDataset.validFixture().resolve("dataset/gold"));
        assertEquals(List.of("e01", "e02"), List.copyOf(gold.keySet()));
        Claim c = gold.get("e02").get(0);
        assertEquals("e02-01", c.id());
        assertEquals("e02", c.doc());
        assertEquals("ukrainian-government", c.claimant());
        assertEquals(Attribution.EXPLICIT, c.attribution());
        assertEquals(QuoteKind.NONE, c.quote());
        assertEquals(ClaimType.TERRITORY, c.type());
        assertEquals(Bound.UP_TO, c.quantities().get(0).bound());
        assertEquals(10.0, c.quantities().get(0).value());
        assertNull(c.cluster());
        assertNull(c.score());
    }

    @Test
    void folderProblemsNameFileClaimAndField() {
        FixtureDataset f = FixtureDataset.copyInto(tmp);
        f.replace("gold/e01.json", "\"quote\": \"none\"", "\"quote\": \"full\"");
        BadInputException e = assertThrows(BadInputException.class, () -> GoldReader.readFolder(f.dataset.resolve("gold")));
        assertEquals(1, e.problems().size(), e::getMessage);
        assertEquals(f.file("gold/e01.json"), e.problems().get(0).file());
        assertEquals("e01-01", e.problems().get(0).claimId());
        assertEquals("claims[0].quote", e.problems().get(0).field());
    }

    @Test
    void readsOneClaimObject() throws Exception {
        String json = """
                {"id":"x-1","start":0,"end":4,"text":"Kyiv","claimant":"author","claimantMention":null,"cue":null,
                 "via":[],"attribution":"author","quote":"none","type":"OTHER","quantities":[],"cluster":"k"}""";
        Claim c = GoldReader.readClaim(Json.mapper().readTree(json), "d");
        assertEquals(new Claim("x-1", "d", 0, 4, "Kyiv", "author", null, null, List.of(), Attribution.AUTHOR,
                QuoteKind.NONE, ClaimType.OTHER, List.of(), "k", null), c);
    }

    @Test
    void oneClaimObjectWithSeveralBadFields() throws Exception {
        String json = """
                {"id":"x-1","start":-3,"end":4.5,"text":"Kyiv","claimant":"author","claimantMention":null,"cue":null,
                 "via":[],"attribution":"authored","quote":"none","type":"OTHER","quantities":[]}""";
        BadInputException e = assertThrows(BadInputException.class,
                () -> GoldReader.readClaim(Json.mapper().readTree(json), "d"));
        assertEquals(List.of("attribution", "cluster", "end", "start"),
                e.problems().stream().map(p -> p.field()).toList(), e::getMessage);
    }
}
