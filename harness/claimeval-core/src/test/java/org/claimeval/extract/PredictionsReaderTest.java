package org.claimeval.extract;

import static org.claimeval.extract.TestData.DOC0;
import static org.claimeval.extract.TestData.DOC1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimeval.model.Attribution;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Bound;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;
import org.claimeval.model.QuoteKind;
import org.claimeval.model.Quantity;
import org.claimeval.score.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredictionsReaderTest {
    private final Dataset seeds = TestData.seedDataset();

    private Predictions read(String fixture, boolean lenient) throws Exception {
        return new PredictionsReader(seeds, lenient).read(TestData.predictions(fixture));
    }

    private List<Problem> problems(String fixture) {
        return assertThrows(BadInputException.class, () -> read(fixture, false)).problems();
    }

    @Test
    void readsOffsetAndOffsetFreeLinesWithEveryAttribute() throws Exception {
        Predictions p = read("valid.jsonl", false);
        List<Claim> claims = p.claims(DOC0);
        assertEquals(2, claims.size());
        // Document 000 begins "Moscow, Mar 4 (IANS) Ukrainian border guards ...": [0,6) is "Moscow".
        assertEquals("Moscow", claims.get(0).text());
        // Sorted by offsets and numbered as the runner would number them.
        assertEquals(List.of(DOC0 + "#p1", DOC0 + "#p2"), claims.stream().map(Claim::id).toList());
        Claim aligned = claims.get(1);
        // "Moscow, Mar 4 (IANS) " is 21 characters, so "Ukrainian border guards" (23) is [21,44).
        assertEquals(21, aligned.start());
        assertEquals(44, aligned.end());
        assertEquals("Ria Novosti", aligned.claimant());
        assertEquals(ClaimType.COMBAT, aligned.type());
        assertEquals(Attribution.EXPLICIT, aligned.attribution());
        assertEquals(QuoteKind.NONE, aligned.quote());
        assertEquals(0.75, aligned.score());
        assertEquals(List.of(new Quantity(null, 3, "children", Bound.EXACT)), aligned.quantities());
        assertEquals(1, p.alignmentCounts().get(AlignmentMethod.OFFSETS));
        assertEquals(1, p.alignmentCounts().get(AlignmentMethod.EXACT));
        assertEquals(0, p.alignmentCounts().get(AlignmentMethod.TOKEN_OVERLAP));
        assertEquals(64, p.sha256().length());
    }

    @Test
    void toleratesByteOrderMarkAndCrlf() throws Exception {
        List<Claim> claims = read("bom_crlf.jsonl", false).claims(DOC0);
        // [0,6) "Moscow" and [8,11) "Mar"; a BOM or \r left in place would break the JSON or the text.
        assertEquals(List.of("Moscow", "Mar"), claims.stream().map(Claim::text).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            not_utf8.jsonl         | 2 | -          | not UTF-8
            truncated.jsonl        | 1 | -          | malformed JSON
            nan_score.jsonl        | 1 | -          | malformed JSON
            infinite_score.jsonl   | 1 | score      | finite
            negative_score.jsonl   | 1 | score      | must not be negative
            beyond_int.jsonl       | 1 | end        | beyond the int range
            negative_offset.jsonl  | 1 | start      | negative offset -1
            reversed_offsets.jsonl | 1 | end        | end 0 is before start 6
            past_end.jsonl         | 1 | end        | past the end of the document
            unknown_doc.jsonl      | 2 | doc        | unknown document id "999_nonexistent"
            unknown_enum.jsonl     | 1 | type       | legal values: "CASUALTIES", "TERRITORY"
            not_object.jsonl       | 1 | -          | expected a JSON object
            wrong_types.jsonl      | 1 | start      | expected a whole number, found string
            text_mismatch.jsonl    | 1 | text       | does not match the document at [0,6)
            missing_end.jsonl      | 1 | end        | give both start and end
            bad_quantity.jsonl     | 1 | quantities[0].bound | unknown value "roughly"
            deeply_nested.jsonl    | 1 | -          | nesting depth
            two_values_on_a_line.jsonl | 1 | -      | malformed JSON
            duplicate_key.jsonl    | 1 | -          | Duplicate field 'start'
            """)
    void eachBadLineIsNamedByFileLineAndField(String fixture, int line, String field, String message) {
        List<Problem> problems = problems(fixture);
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertTrue(p.file().endsWith(fixture), p::toString);
        assertEquals(line, p.line(), p::toString);
        assertEquals(field, p.field(), p::toString);
        assertTrue(p.message().contains(message), p::toString);
    }

    @Test
    void aMissingFileOrADirectoryIsBadInputNamingIt() {
        BadInputException missing = assertThrows(BadInputException.class, () -> read("no-such.jsonl", false));
        assertTrue(missing.getMessage().endsWith("no-such.jsonl: no such file"), missing::getMessage);
        BadInputException directory = assertThrows(BadInputException.class,
                () -> new PredictionsReader(seeds, false).read(TestData.predictions("")));
        assertTrue(directory.getMessage().contains("cannot read"), directory::getMessage);
    }

    @Test
    void aPredictionsFileIsAnExtractorNamedAfterIt() throws Exception {
        PredictionsExtractor e = PredictionsExtractor.read(TestData.predictions("valid.jsonl"), seeds, false);
        assertEquals("valid", e.name());
        assertTrue(e.version().matches("sha256:[0-9a-f]{12}"), e::version);
        assertEquals(2, e.extract(seeds.documents().get(0)).size());
        assertEquals(0, e.extract(seeds.documents().get(1)).size());
    }

    @Test
    void emptyFileIsNoPredictionsWithAWarning() throws Exception {
        // What extract -o writes when the extractor finds nothing must score again, in either mode.
        for (boolean lenient : new boolean[] {false, true}) {
            Predictions p = read("empty.jsonl", lenient);
            assertEquals(0, p.size());
            assertEquals(1, p.warnings().size());
            assertTrue(p.warnings().get(0).contains("empty file, scored as no predictions"), p.warnings()::toString);
        }
    }

    @Test
    void aFileWithNoKnownDocumentLooksLikeAnotherDatasetsEvenWhenLenient() {
        BadInputException e = assertThrows(BadInputException.class, () -> read("other_dataset.jsonl", true));
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().contains("predictions file for another dataset"), e::getMessage);
        assertTrue(e.getMessage().contains("\"doc-a\", \"doc-b\""), e::getMessage);
    }

    @Test
    void problemsAreCappedWithACountOfTheRest() {
        // 60 bad lines: 50 listed (lines 1..50), then one summary for the other 10.
        List<Problem> problems = problems("many_errors.jsonl");
        assertEquals(PredictionsReader.MAX_PROBLEMS + 1, problems.size());
        assertEquals(50, problems.get(49).line());
        assertEquals("and 10 more problems", problems.get(50).message());
    }

    @Test
    void lenientModeSkipsBadLinesAndCountsThem() throws Exception {
        // mixed.jsonl: a good line for 000, "garbage", a good line for 001.
        Predictions p = read("mixed.jsonl", true);
        assertEquals(1, p.skippedLines());
        assertEquals(2, p.size());
        assertEquals(2, p.skippedProblems().get(0).line());
        assertEquals(1, p.claims(DOC1).size());
    }

    @Test
    void claimsAreSortedByOffsetsWithEqualSpansInFileOrder() throws Exception {
        String lines = "{\"doc\":\"d\",\"start\":5,\"end\":9,\"score\":1}\n"
                + "{\"doc\":\"d\",\"start\":0,\"end\":3}\n"
                + "{\"doc\":\"d\",\"start\":5,\"end\":9,\"score\":2}\n";
        Predictions p = new PredictionsReader(TestData.dataset(List.of(new Document("d", "Kyiv said so."))), false)
                .read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "inline");
        // "Kyiv said so.": [0,3) "Kyi" sorts first; the two [5,9) "said" claims keep their file order (score 1, 2).
        assertEquals(List.of("Kyi", "said", "said"), p.claims("d").stream().map(Claim::text).toList());
        assertEquals(List.of(1.0, 2.0), List.of(p.claims("d").get(1).score(), p.claims("d").get(2).score()));
        assertEquals(List.of("d#p1", "d#p2", "d#p3"), p.claims("d").stream().map(Claim::id).toList());
    }

    @Test
    void strictModeReportsTheSameLine() {
        List<Problem> problems = problems("mixed.jsonl");
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line());
    }

    @Test
    void offsetsAreCodePointsAfterEmoji() throws Exception {
        // "\uD83D\uDE80 " is one code point plus a space, so "Kyiv" is [2,6) in code points ([3,7) in UTF-16).
        Dataset emoji = TestData.dataset(List.of(new Document("e", "\uD83D\uDE80 Kyiv said so.")));
        String lines = "{\"doc\":\"e\",\"start\":2,\"end\":6}\n{\"doc\":\"e\",\"text\":\"said so.\"}\n";
        Predictions p = new PredictionsReader(emoji, false)
                .read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "inline");
        assertEquals("Kyiv", p.claims("e").get(0).text());
        // "said" follows "Kyiv " -> code point 7; "said so." is 8 long -> [7,15).
        assertEquals(7, p.claims("e").get(1).start());
        assertEquals(15, p.claims("e").get(1).end());
    }

    @Test
    void offsetFreeTextOfOnlyNoBreakSpacesIsUnalignedNotACrash() throws Exception {
        // Found by PredictionsFuzzTest (it crashed the aligner). The text is not in the document: a false positive.
        String line = "{\"doc\":\"d\",\"text\":\"\u00A0\u00A0\"}\n";
        Predictions p = new PredictionsReader(TestData.dataset(List.of(new Document("d", "Kyiv\u00A0said so."))), false)
                .read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "inline");
        assertEquals(0, p.size());
        assertEquals(Rejection.Reason.UNALIGNED, p.rejected("d").get(0).reason());
        assertEquals(1, p.rejected("d").get(0).line());
        assertTrue(p.rejected("d").get(0).message().contains("not found in the document"));
    }

    @Test
    void aLargeFileIsStreamedLineByLine() throws Exception {
        // 200,000 lines (about 10 MB) of the same claim: read through a stream that is never materialised.
        String line = "{\"doc\":\"" + DOC0 + "\",\"start\":0,\"end\":6}\n";
        int count = 200_000;
        java.io.InputStream repeated = new java.io.InputStream() {
            private long position;
            private final byte[] bytes = line.getBytes(StandardCharsets.UTF_8);

            @Override
            public int read() {
                if (position == (long) count * bytes.length) {
                    return -1;
                }
                return bytes[(int) (position++ % bytes.length)];
            }
        };
        Predictions p = new PredictionsReader(seeds, false).read(repeated, "generated");
        assertEquals(count, p.size());
        // Repeated spans share one text instance, which is what keeps big files within memory.
        assertTrue(p.claims(DOC0).get(0).text() == p.claims(DOC0).get(count - 1).text());
    }
}
