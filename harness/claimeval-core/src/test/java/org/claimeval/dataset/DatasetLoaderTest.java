package org.claimeval.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void loadsTheValidFixture() throws BadInputException {
        Dataset dataset = DatasetLoader.load(FixtureDataset.validFixture().resolve("dataset"));
        assertEquals("fixture-valid", dataset.name());
        assertEquals("1.0.0", dataset.version());
        assertEquals(List.of("e01", "e02"), dataset.documents().stream().map(Document::id).toList());
        assertEquals(3, dataset.gold("e01").size());
        assertEquals(2, dataset.gold("e02").size());
        assertEquals(Side.RU, dataset.claimants().side("the ministry").orElseThrow());
        assertEquals(64, dataset.goldHash().length());
    }

    @Test
    void offsetsAfterAnEmojiAreCodePoints() throws BadInputException {
        Dataset dataset = DatasetLoader.load(FixtureDataset.validFixture().resolve("dataset"));
        Claim first = dataset.gold("e01").get(0);
        // Line 1 is 39 characters and a newline (40); then two emoji (one code point each, two UTF-16 chars
        // each) and a space: "The ministry" starts at code point 43 and "61,000" (after "The ministry said
        // that ", 23 more) at 66.
        assertEquals(43, first.claimantMention().start());
        assertEquals(66, first.start());
        Document e01 = dataset.document("e01").orElseThrow();
        assertEquals("61,000 servicemen were lost", e01.slice(first.start(), first.end()));
        // In UTF-16 the same text starts two chars later, one per emoji.
        assertEquals(68, e01.text().indexOf("61,000"));
    }

    @Test
    void goldHashIsFramedSha256InDocOrder() {
        // sha256("a\n1\nX" + "b\n1\nY"), computed from the documented framing, independent of map order.
        Map<String, byte[]> reversed = new LinkedHashMap<>();
        reversed.put("b", "Y".getBytes(StandardCharsets.UTF_8));
        reversed.put("a", "X".getBytes(StandardCharsets.UTF_8));
        String expected = Seeds.sha256("a\n1\nXb\n1\nY".getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, DatasetLoader.goldHash(reversed));
        // Moving a byte from one file to the other changes it, although the concatenation is the same.
        Map<String, byte[]> moved = Map.of("a", "XY".getBytes(StandardCharsets.UTF_8), "b", new byte[0]);
        assertNotEquals(expected, DatasetLoader.goldHash(moved));
    }

    @Test
    void badDatasetThrowsWithEveryProblem() {
        FixtureDataset f = FixtureDataset.copyInto(tmp);
        f.replace("gold/e01.json", "\"type\": \"CASUALTIES\"", "\"type\": \"LOSSES\"")
                .replace("gold/e02.json", "\"claimant\": \"analysts\"", "\"claimant\": \"nobody\"");
        BadInputException e = assertThrows(BadInputException.class, () -> DatasetLoader.load(f.dataset));
        assertEquals(2, e.problems().size(), e::getMessage);
        assertEquals(f.file("gold/e01.json"), e.problems().get(0).file());
        assertEquals(f.file("gold/e02.json"), e.problems().get(1).file());
    }

    @Test
    void missingManifestIsAProblemNotACrash() {
        BadInputException e = assertThrows(BadInputException.class, () -> DatasetLoader.load(tmp));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().endsWith("manifest.json")), e::getMessage);
    }

    @Test
    void classpathSourceResolvesSeedPathsLikeAFolder() throws Exception {
        // The fixture is on the test classpath under datasets/valid/, the same layout as bundled/.
        Dataset dataset = DatasetLoader.load(new DatasetSource.Classpath("datasets/valid/dataset/"));
        assertEquals(List.of("e01", "e02"), dataset.documents().stream().map(Document::id).toList());
        assertEquals(DatasetLoader.load(FixtureDataset.validFixture().resolve("dataset")).goldHash(), dataset.goldHash());
    }
}
