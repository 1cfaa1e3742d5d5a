package org.claimeval.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.claimeval.io.Json;
import org.claimeval.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of problem in issue 2 "Validation", issue 3 "Offsets and bad input" and issue 7's gold
 * side. Each breaks one thing in a copy of the valid fixture and checks the problem's file, claim and field.
 * Offsets in comments are counted by hand in the fixture texts (see seeds/e01.txt, e02.txt).
 */
class ValidatorTest {
    @TempDir
    Path tmp;

    private static final String E01 = "gold/e01.json";

    private FixtureDataset fixture() {
        return FixtureDataset.copyInto(tmp);
    }

    /** The one problem expected, with its location. */
    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    private static void assertAt(Problem p, String file, String claimId, String field) {
        assertEquals(file, p.file(), p::toString);
        assertEquals(claimId, p.claimId(), p::toString);
        assertEquals(field, p.field(), p::toString);
    }

    @Test
    void validFixturePasses() {
        assertEquals(List.of(), Validator.validate(FixtureDataset.validFixture().resolve("dataset")));
    }

    @Test
    void seedWithWrongShaIsReportedOnTheManifest() {
        FixtureDataset f = fixture();
        // Change one letter of the seed: its hash no longer matches the manifest; the first line and length stay
        // the same, so those are not reported.
        f.replace("../seeds/e02.txt", "Analysts noted", "Analysts Noted");
        List<Problem> problems = f.validate();
        Problem p = problems.stream().filter(q -> q.file().equals(f.file("manifest.json"))).findFirst().orElseThrow();
        assertAt(p, f.file("manifest.json"), null, "documents[1].sha256");
        assertTrue(p.line() > 0);
        // Nothing else is said: a file that fails its hash is not the text the gold was checked against, and it
        // may not be an article at all (a seed naming /proc/self/environ), so no check quotes it.
        assertEquals(1, problems.size(), problems::toString);
    }

    @Test
    void goldFileShaDifferentFromManifest() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"sha256\": \"f", "\"sha256\": \"0");
        assertAt(only(f.validate()), f.file(E01), null, "sha256");
    }

    @Test
    void goldDocDifferentFromFileName() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"doc\": \"e01\"", "\"doc\": \"e02\"");
        assertAt(only(f.validate()), f.file(E01), null, "doc");
    }

    @Test
    void contentTextMismatch() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"text\": \"61,000 servicemen were lost\"", "\"text\": \"61,000 servicemen were killed\"");
        Problem p = only(f.validate());
        assertAt(p, f.file(E01), "e01-01", "claims[0].text");
        assertTrue(p.line() > 0);
    }

    @Test
    void mentionMismatch() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"text\": \"The ministry\"", "\"text\": \"the ministry\"");
        assertAt(only(f.validate()), f.file(E01), "e01-01", "claims[0].claimantMention.text");
    }

    @Test
    void cueMismatch() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"text\": \"said\"", "\"text\": \"says\"");
        assertAt(only(f.validate()), f.file(E01), "e01-01", "claims[0].cue.text");
    }

    @Test
    void quantityMismatch() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"text\": \"61,000 servicemen\"", "\"text\": \"61,000 soldiers\"");
        assertAt(only(f.validate()), f.file(E01), "e01-01", "claims[0].quantities[0].text");
    }

    @Test
    void quantityOutsideContent() {
        FixtureDataset f = fixture();
        // Claim e02-01's content "its forces advanced up to 10 km" is [24,55) in e02 ("Second report\n" is 14
        // code points, "Kyiv said " 10 more). Point its quantity at "Kyiv" [14,18) with matching text and a
        // value of 0 that "Kyiv" cannot stand for: outside the content, and a value not from the text.
        f.replace("gold/e02.json", "\"start\": 44,\n          \"end\": 55,\n          \"text\": \"up to 10 km\",\n          \"value\": 10,",
                "\"start\": 14,\n          \"end\": 18,\n          \"text\": \"Kyiv\",\n          \"value\": 10,");
        List<Problem> problems = f.validate();
        assertEquals(2, problems.size(), problems::toString);
        assertAt(problems.get(0), f.file("gold/e02.json"), "e02-01", "claims[0].quantities[0]");
        assertTrue(problems.get(0).message().contains("outside the content"));
        assertAt(problems.get(1), f.file("gold/e02.json"), "e02-01", "claims[0].quantities[0].value");
    }

    @Test
    void valueNotParsingFromText() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"value\": 5,", "\"value\": 6,");
        Problem p = only(f.validate());
        assertAt(p, f.file(E01), "e01-02", "claims[1].quantities[0].value");
        assertTrue(p.message().contains("[5]"), p::toString);
    }

    @Test
    void unknownClaimant() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"claimant\": \"russian-officials\"", "\"claimant\": \"kremlin\"");
        assertAt(only(f.validate()), f.file(E01), "e01-02", "claims[1].claimant");
    }

    @Test
    void unknownVia() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"via\": []", "\"via\": [\"tass\"]");
        assertAt(only(f.validate()), f.file(E01), "e01-01", "claims[0].via[0]");
    }

    @Test
    void authorClaimantNeedsAuthorAttribution() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"attribution\": \"author\"", "\"attribution\": \"implicit\"");
        assertAt(only(f.validate()), f.file(E01), "e01-03", "claims[2].attribution");
    }

    @Test
    void duplicateClaimIdAcrossFiles() {
        FixtureDataset f = fixture();
        f.replace("gold/e02.json", "\"id\": \"e02-02\"", "\"id\": \"e01-01\"");
        // Two faults of the one field: the id is taken, and it carries document e01's prefix in e02's file.
        List<Problem> problems = f.validate();
        assertEquals(2, problems.size(), problems::toString);
        problems.forEach(p -> assertAt(p, f.file("gold/e02.json"), "e01-01", "claims[1].id"));
        assertTrue(problems.get(0).message().contains("rule ids-in-text-order"), problems::toString);
        assertTrue(problems.get(1).message().startsWith("duplicate claim id"), problems::toString);
    }

    @Test
    void duplicateClaimantId() {
        FixtureDataset f = fixture();
        f.replace("claimants.json", "\"id\": \"analysts\"", "\"id\": \"russian-officials\"");
        // The second entry is dropped, so claim e02-02's claimant "analysts" is unknown too.
        List<Problem> problems = f.validate();
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(f.file("claimants.json"))
                && "claimants[3].id".equals(p.field())), problems::toString);
    }

    @Test
    void aClaimantWithABadFieldIsReportedOnlyInTheRegistry() {
        FixtureDataset f = fixture();
        f.replace("claimants.json", "\"side\": \"OTHER\"", "\"side\": \"NEUTRAL\"");
        // Claim e02-02 names "analysts", whose entry (claimants[3]) is faulty but listed: one problem, not two.
        assertAt(only(f.validate()), f.file("claimants.json"), null, "claimants[3].side");
    }

    @Test
    void badEnum() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"type\": \"CASUALTIES\"", "\"type\": \"casualties\"");
        Problem p = only(f.validate());
        assertAt(p, f.file(E01), "e01-01", "claims[0].type");
        assertTrue(p.message().contains("\"CASUALTIES\""), p::toString);
    }

    @Test
    void reversedOffsets() {
        FixtureDataset f = fixture();
        // e01-03 "The report was published on Monday" is [142,176): line 1 is 39 + newline, line 2 adds 2 emoji, a space, 51 + 47 characters and a newline (102); make end 141.
        f.replace(E01, "\"end\": 176", "\"end\": 141");
        assertAt(only(f.validate()), f.file(E01), "e01-03", "claims[2].end");
    }

    @Test
    void offsetPastTheEnd() {
        FixtureDataset f = fixture();
        // e01 has 40 + 102 + 36 = 178 code points (counted above); 500 is past it.
        f.replace(E01, "\"end\": 176", "\"end\": 500");
        Problem p = only(f.validate());
        assertAt(p, f.file(E01), "e01-03", "claims[2].end");
        assertTrue(p.message().contains("178 code points"), p::toString);
    }

    @Test
    void negativeOffset() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"start\": 142", "\"start\": -1");
        assertAt(only(f.validate()), f.file(E01), "e01-03", "claims[2].start");
    }

    @Test
    void malformedJsonNamesTheLine() {
        FixtureDataset f = fixture();
        // Drop the comma after the "doc" line (line 3 of the file); the parser stops at line 4.
        f.replace(E01, "\"doc\": \"e01\",", "\"doc\": \"e01\"");
        Problem p = only(f.validate());
        assertAt(p, f.file(E01), null, null);
        assertEquals(4, p.line(), p::toString);
    }

    @Test
    void truncatedJson() {
        FixtureDataset f = fixture();
        byte[] bytes = f.read(E01);
        f.write(E01, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Problem p = only(f.validate());
        assertAt(p, f.file(E01), null, null);
        assertTrue(p.message().startsWith("is not valid JSON"), p::toString);
    }

    @Test
    void wrongJsonType() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"start\": 142", "\"start\": \"138\"");
        Problem p = only(f.validate());
        assertAt(p, f.file(E01), "e01-03", "claims[2].start");
        assertTrue(p.message().contains("must be an integer"), p::toString);
    }

    @Test
    void numberBeyondIntRange() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"start\": 142", "\"start\": 3000000000");
        Problem p = only(f.validate());
        assertAt(p, f.file(E01), "e01-03", "claims[2].start");
        assertTrue(p.message().contains("int range"), p::toString);
    }

    @Test
    void nanIsNotJson() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"value\": 5,", "\"value\": NaN,");
        assertAt(only(f.validate()), f.file(E01), null, null);
    }

    @Test
    void utf8BomInGoldFile() {
        FixtureDataset f = fixture();
        byte[] bytes = f.read(E01);
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        f.write(E01, withBom);
        Problem p = only(f.validate());
        assertAt(p, f.file(E01), null, null);
        assertTrue(p.message().contains("byte-order mark"), p::toString);
    }

    @Test
    void nonUtf8SeedBytes() {
        FixtureDataset f = fixture();
        byte[] seed = "Second report\nKyiv said \u00e9\n".getBytes(StandardCharsets.ISO_8859_1); // é as the lone byte 0xE9
        f.write("../seeds/e02.txt", seed);
        // The manifest pins the new bytes, so the decoding is what is reported (a hash mismatch stops the checks).
        f.replace("manifest.json", "6d865ebec9fd2b05152f8900f5aa2eec559d7f61fb3c7a6aec592aab9d9dc6e5", Seeds.sha256(seed));
        List<Problem> problems = f.validate();
        Problem p = problems.stream().filter(q -> q.file().equals(f.file("../seeds/e02.txt"))).findFirst().orElseThrow(
                () -> new AssertionError(problems.toString()));
        assertAt(p, f.file("../seeds/e02.txt"), null, null);
        assertTrue(p.message().contains("not valid UTF-8"), p::toString);
        assertEquals(2, p.line(), p::toString);
    }

    @Test
    void deeplyNestedJsonHitsTheReadLimit() {
        FixtureDataset f = fixture();
        String deep = "[".repeat(Json.MAX_NESTING_DEPTH + 10) + "]".repeat(Json.MAX_NESTING_DEPTH + 10);
        f.replace(E01, "\"cluster\": null", "\"cluster\": " + deep);
        Problem p = only(f.validate());
        assertAt(p, f.file(E01), null, null);
        assertTrue(p.message().contains("nesting depth"), p::toString);
    }

    @Test
    void missingGoldFileAndUnlistedGoldFile() {
        FixtureDataset f = fixture();
        byte[] bytes = f.read("gold/e02.json");
        try {
            java.nio.file.Files.delete(f.dataset.resolve("gold/e02.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        f.write("gold/e03.json", bytes);
        List<Problem> problems = f.validate();
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(f.file("gold/e02.json"))
                && p.message().contains("missing")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(f.file("gold/e03.json"))
                && p.message().contains("manifest")), problems::toString);
    }

    @Test
    void schemaCatchesWhatTheReaderDoesNot() {
        FixtureDataset f = fixture();
        // An unknown field is not read at all; only the schema (additionalProperties: false) sees it.
        f.replace(E01, "\"cluster\": null", "\"cluster\": null, \"confidence\": 1");
        Problem p = only(f.validate());
        assertAt(p, f.file(E01), "e01-02", "claims[1].confidence");
        assertTrue(p.message().startsWith("schema:"), p::toString);
    }

    @Test
    void missingFieldIsReportedOnceNotAlsoByTheSchema() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"quote\": \"none\",", "");
        Problem p = only(f.validate());
        assertAt(p, f.file(E01), "e01-01", "claims[0].quote");
        assertEquals("is missing", p.message());
    }

    @Test
    void aSchemaInTheDatasetFolderIsNeverUsed() {
        FixtureDataset f = fixture();
        // A dataset's own schema could $ref the network or any file: only the shipped schemas are used. This
        // local one would reject every gold file (no file has "nonsense"); the fixture still validates.
        try {
            java.nio.file.Files.createDirectories(f.dataset.resolve("schema"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        f.write("schema/gold.schema.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$ref": "http://127.0.0.1:9/never-fetched.json", "required": ["nonsense"]}
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), f.validate());
    }

    @Test
    void manifestLengthAndTitleMustMatchTheSeed() {
        FixtureDataset f = fixture();
        // e02 is "Second report\n" (14) + a 42- and a 55-character sentence with a space (97) + newline: 112 code
        // points; claim 113 and another title.
        f.replace("manifest.json", "\"title\": \"Second report\"", "\"title\": \"Third report\"");
        f.replace("manifest.json", "\"length\": 112", "\"length\": 113");
        List<Problem> problems = f.validate();
        assertEquals(List.of("documents[1].length", "documents[1].title"),
                problems.stream().map(Problem::field).toList(), problems::toString);
    }

    @Test
    void duplicateDocumentId() {
        FixtureDataset f = fixture();
        f.replace("manifest.json", "\"id\": \"e02\"", "\"id\": \"e01\"");
        List<Problem> problems = f.validate();
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(f.file("manifest.json"))
                && "documents[1].id".equals(p.field()) && p.message().contains("duplicate")), problems::toString);
    }

    @Test
    void everyProblemInOneFileIsReportedSorted() {
        FixtureDataset f = fixture();
        f.replace(E01, "\"type\": \"CASUALTIES\"", "\"type\": \"LOSSES\"")          // claim e01-01
                .replace(E01, "\"claimant\": \"russian-officials\"", "\"claimant\": \"nobody\"") // claim e01-02
                .replace(E01, "\"end\": 176", "\"end\": 500");                       // claim e01-03
        List<Problem> problems = f.validate();
        assertEquals(List.of("claims[0].type", "claims[1].claimant", "claims[2].end"),
                problems.stream().map(Problem::field).toList(), problems::toString);
        assertEquals(List.of("e01-01", "e01-02", "e01-03"), problems.stream().map(Problem::claimId).toList());
        // Sorted by line: each claim sits further down the file.
        assertTrue(problems.get(0).line() < problems.get(1).line() && problems.get(1).line() < problems.get(2).line());
    }
}
