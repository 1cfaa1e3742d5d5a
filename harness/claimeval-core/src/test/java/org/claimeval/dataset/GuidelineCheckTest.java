package org.claimeval.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimeval.model.Annotates;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guideline rules the validator checks (GUIDELINES.md section 12), each on a small gold file built here
 * over a text written for the test. Every claim starts valid; a test breaks one rule in one claim and checks
 * the problem's claim id, field, line, section and rule name, and that nothing else is reported.
 */
class GuidelineCheckTest {
    @TempDir
    Path tmp;

    /** Written for these tests; every span below is found in it by its text. */
    static final String TEXT = "Bridge held, army says\n"
            + "The army said that the bridge held. \"We held the bridge,\" she said. "
            + "Shops opened on Monday. The mayor added that the town is calm.";
    static final String FILE = "t01.json";

    /** One claim of document t01, written field by field on its own lines (so problems carry distinct lines). */
    record ClaimJson(String id, String content, String claimant, String mention, String cue, String attribution,
                     String quote, String exceptions) {

        ClaimJson id(String newId) {
            return new ClaimJson(newId, content, claimant, mention, cue, attribution, quote, exceptions);
        }

        ClaimJson mention(String newMention) {
            return new ClaimJson(id, content, claimant, newMention, cue, attribution, quote, exceptions);
        }

        ClaimJson cue(String newCue) {
            return new ClaimJson(id, content, claimant, mention, newCue, attribution, quote, exceptions);
        }

        ClaimJson quote(String newQuote) {
            return new ClaimJson(id, content, claimant, mention, cue, attribution, newQuote, exceptions);
        }

        ClaimJson exceptions(String json) {
            return new ClaimJson(id, content, claimant, mention, cue, attribution, quote, json);
        }

        String json() {
            int start = TEXT.indexOf(content);
            assertTrue(start >= 0, content);
            return "    {\n"
                    + "      \"id\": \"" + id + "\",\n"
                    + "      \"start\": " + start + ",\n"
                    + "      \"end\": " + (start + content.length()) + ",\n"
                    + "      \"text\": " + quoted(content) + ",\n"
                    + "      \"claimant\": \"" + claimant + "\",\n"
                    + "      \"claimantMention\": " + span(mention) + ",\n"
                    + "      \"cue\": " + span(cue) + ",\n"
                    + "      \"via\": [],\n"
                    + "      \"attribution\": \"" + attribution + "\",\n"
                    + "      \"quote\": \"" + quote + "\",\n"
                    + "      \"type\": \"OTHER\",\n"
                    + "      \"quantities\": [],\n"
                    + (exceptions == null ? "" : "      \"exceptions\": " + exceptions + ",\n")
                    + "      \"cluster\": null\n"
                    + "    }";
        }

        /** The first occurrence of the text at or after the start of the content's sentence. */
        private String span(String text) {
            if (text == null) {
                return "null";
            }
            int sentence = TEXT.lastIndexOf('\n', TEXT.indexOf(content)) + 1;
            int from = Math.max(sentence, TEXT.lastIndexOf(". ", TEXT.indexOf(content)));
            int start = TEXT.indexOf(text, from);
            assertTrue(start >= 0, text);
            return "{\"start\": " + start + ", \"end\": " + (start + text.length()) + ", \"text\": " + quoted(text) + "}";
        }

        private static String quoted(String s) {
            return "\"" + s.replace("\"", "\\\"") + "\"";
        }
    }

    // The valid annotation of TEXT, in text order.
    static final ClaimJson HEADLINE = new ClaimJson("t01-01", "Bridge held", "army", "army", "says", "explicit", "none", null);
    static final ClaimJson ARMY = new ClaimJson("t01-02", "the bridge held", "army", "The army", "said", "explicit", "none", null);
    static final ClaimJson QUOTED = new ClaimJson("t01-03", "We held the bridge", "army", "she", "said", "explicit", "direct", null);
    static final ClaimJson SHOPS = new ClaimJson("t01-04", "Shops opened on Monday", "author", null, null, "author", "none", null);
    static final ClaimJson MAYOR = new ClaimJson("t01-05", "the town is calm", "mayor", "The mayor", "added", "explicit", "none", null);

    static List<ClaimJson> valid() {
        return new ArrayList<>(List.of(HEADLINE, ARMY, QUOTED, SHOPS, MAYOR));
    }

    /** Reads the claims as gold file t01 and runs every claim check the validator runs. */
    static List<Problem> check(List<ClaimJson> claims) {
        String json = "{\n  \"schema\": \"claimeval/gold/1\",\n  \"doc\": \"t01\",\n  \"sha256\": \"" + "0".repeat(64)
                + "\",\n  \"claims\": [\n" + String.join(",\n", claims.stream().map(ClaimJson::json).toList())
                + "\n  ]\n}\n";
        ProblemCollector problems = new ProblemCollector();
        GoldFile gold = GoldReader.read(FILE, json.getBytes(StandardCharsets.UTF_8), problems).orElseThrow();
        Validator.checkClaims(gold, new Document("t01", TEXT), Set.of("army", "mayor"), Annotates.EVERYTHING, problems);
        return problems.sorted();
    }

    static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    /** File, claim, field, a line, and the message naming the guideline section and the rule. */
    static void assertProblem(Problem p, String claimId, String field, String section, String rule) {
        assertEquals(FILE, p.file(), p::toString);
        assertEquals(claimId, p.claimId(), p::toString);
        assertEquals(field, p.field(), p::toString);
        assertTrue(p.line() > 0, p::toString);
        assertTrue(p.message().contains("GUIDELINES.md " + section + "; rule " + rule), p::toString);
    }

    @Test
    void theValidAnnotationBreaksNoRule() {
        assertEquals(List.of(), check(valid()));
    }

    @Test
    void explicitClaimWithNeitherCueNorMention() {
        List<ClaimJson> claims = valid();
        claims.set(1, ARMY.cue(null).mention(null));
        assertProblem(only(check(claims)), "t01-02", "claims[1].attribution", "section 2, H20",
                "explicit-has-cue-or-mention");
    }

    @Test
    void explicitClaimWithACueButNoMentionIsAllowed() {
        // H20: "More videos detailed ..." has a cue and names no source.
        List<ClaimJson> claims = valid();
        claims.set(1, ARMY.mention(null));
        assertEquals(List.of(), check(claims));
    }

    @Test
    void authorClaimWithACue() {
        List<ClaimJson> claims = valid();
        claims.set(3, SHOPS.cue("opened"));
        assertProblem(only(check(claims)), "t01-04", "claims[3].cue", "sections 2 and 10", "author-has-no-cue-or-mention");
    }

    @Test
    void implicitClaimWithAMention() {
        List<ClaimJson> claims = valid();
        claims.set(4, new ClaimJson("t01-05", "the town is calm", "mayor", "The mayor", null, "implicit", "none", null));
        assertProblem(only(check(claims)), "t01-05", "claims[4].claimantMention", "sections 2 and 10",
                "implicit-has-no-cue-or-mention");
    }

    @Test
    void directQuoteWithoutQuotationMarksAroundTheContent() {
        List<ClaimJson> claims = valid();
        claims.set(1, ARMY.quote("direct"));
        assertProblem(only(check(claims)), "t01-02", "claims[1].quote", "section 10, quote", "direct-quote-in-marks");
    }

    @Test
    void directQuoteMustCoverTheWholeQuotation() {
        // "held the bridge" is inside the marks but does not reach the opening one: partial at most.
        List<ClaimJson> claims = valid();
        claims.set(2, new ClaimJson("t01-03", "held the bridge", "army", "she", "said", "explicit", "direct", null));
        assertProblem(only(check(claims)), "t01-03", "claims[2].quote", "section 10, quote", "direct-quote-in-marks");
    }

    @Test
    void quotationMarksAroundTheContentPastFinalPunctuation() {
        Document d = new Document("q", "He said \"no.\" and \u201cyes!\u201d and \"maybe\" then");
        assertTrue(GuidelineCheck.insideQuotationMarks(d, 9, 11));   // "no" then "." then the closing mark
        assertTrue(GuidelineCheck.insideQuotationMarks(d, 19, 22));  // curly marks around "yes", "!" between
        assertTrue(GuidelineCheck.insideQuotationMarks(d, 30, 35));  // "maybe", closing mark right after
        assertEquals(false, GuidelineCheck.insideQuotationMarks(d, 0, 2));  // "He": no mark before
        assertEquals(false, GuidelineCheck.insideQuotationMarks(d, 30, 33)); // "may": letters before the mark
    }

    @Test
    void claimIdWithAnotherDocumentsPrefix() {
        List<ClaimJson> claims = valid();
        claims.set(2, QUOTED.id("t02-03"));
        assertProblem(only(check(claims)), "t02-03", "claims[2].id", "section 10, id", "ids-in-text-order");
    }

    @Test
    void claimsListedOutOfTextOrder() {
        // The mayor's claim (text order 5th) listed before the author's (4th), ids kept rising.
        List<ClaimJson> claims = List.of(HEADLINE, ARMY, QUOTED, MAYOR.id("t01-04"), SHOPS.id("t01-05"));
        assertProblem(only(check(claims)), "t01-05", "claims[4].start", "section 10, id", "ids-in-text-order");
    }

    @Test
    void claimIdsNotRisingInTextOrder() {
        List<ClaimJson> claims = valid();
        claims.set(3, SHOPS.id("t01-06"));
        // t01-06 then t01-05: the fifth claim's number does not follow the fourth's.
        assertProblem(only(check(claims)), "t01-05", "claims[4].id", "section 10, id", "ids-in-text-order");
    }

    @Test
    void anExceptionNamingTheBrokenRuleSilencesItForThatClaimOnly() {
        List<ClaimJson> claims = valid();
        claims.set(1, ARMY.quote("direct").exceptions(
                "[{\"rule\": \"direct-quote-in-marks\", \"reason\": \"the article drops its quotation marks\"}]"));
        claims.set(4, MAYOR.quote("direct"));
        assertProblem(only(check(claims)), "t01-05", "claims[4].quote", "section 10, quote", "direct-quote-in-marks");
    }

    @Test
    void anExceptionForARuleTheClaimKeepsIsReported() {
        List<ClaimJson> claims = valid();
        claims.set(1, ARMY.exceptions("[{\"rule\": \"direct-quote-in-marks\", \"reason\": \"stale\"}]"));
        Problem p = only(check(claims));
        assertEquals("t01-02", p.claimId());
        assertEquals("claims[1].exceptions[0].rule", p.field());
        assertTrue(p.message().contains("keeps rule \"direct-quote-in-marks\""), p::toString);
    }

    @Test
    void anExceptionNamingNoRuleIsReported() {
        List<ClaimJson> claims = valid();
        claims.set(1, ARMY.exceptions("[{\"rule\": \"no-such-rule\", \"reason\": \"typo\"}]"));
        Problem p = only(check(claims));
        assertEquals("claims[1].exceptions[0].rule", p.field());
        assertTrue(p.message().contains("not a rule the validator checks"), p::toString);
    }

    @Test
    void anExceptionNeedsAReason() {
        List<ClaimJson> claims = valid();
        claims.set(1, ARMY.quote("direct").exceptions("[{\"rule\": \"direct-quote-in-marks\", \"reason\": \" \"}]"));
        // The reason is reported, and the unusable exception silences nothing.
        List<Problem> problems = check(claims);
        assertEquals(Set.of("claims[1].exceptions[0].reason", "claims[1].quote"),
                Set.copyOf(problems.stream().map(Problem::field).toList()), problems::toString);
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void anAliasThatDoesNotOccurAsWrittenIsReportedOnTheRegistry() {
        // The fixture's text has "The ministry"; the alias in another case no longer matches (H36).
        FixtureDataset f = FixtureDataset.copyInto(tmp);
        f.replace("claimants.json", "\"The ministry\"", "\"the ministry\"");
        Problem p = only(f.validate());
        assertEquals(f.file("claimants.json"), p.file());
        assertEquals(null, p.claimId());
        assertEquals("claimants[0].aliases[0]", p.field());
        assertTrue(p.line() > 0, p::toString);
        assertTrue(p.message().contains("\"the ministry\" does not occur") && p.message().contains("H36"), p::toString);
    }

    @Test
    void aClaimBreakingARuleIsReportedThroughTheValidatorWithItsFileAndLine() {
        // e01-03 of the fixture is an author claim; make it an implicit claim of the officials with the cue
        // "said" of the sentence before.
        FixtureDataset f = FixtureDataset.copyInto(tmp);
        f.replace("gold/e01.json", "\"attribution\": \"author\"", "\"attribution\": \"implicit\"");
        f.replace("gold/e01.json", "\"claimant\": \"author\"", "\"claimant\": \"russian-officials\"");
        f.replace("gold/e01.json", "\"cue\": null", "\"cue\": {\"start\": 56, \"end\": 60, \"text\": \"said\"}");
        List<Problem> problems = f.validate();
        Problem p = problems.stream().filter(q -> q.message().contains("rule implicit-has-no-cue-or-mention"))
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(f.file("gold/e01.json"), p.file());
        assertEquals("e01-03", p.claimId());
        assertEquals("claims[2].cue", p.field());
        assertTrue(p.line() > 0, p::toString);
    }
}
