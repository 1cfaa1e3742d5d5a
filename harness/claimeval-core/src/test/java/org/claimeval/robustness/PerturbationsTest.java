package org.claimeval.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.claimeval.model.Attribution;
import org.claimeval.model.Bound;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Quantity;
import org.claimeval.model.QuoteKind;
import org.claimeval.model.Side;
import org.claimeval.model.Span;
import org.junit.jupiter.api.Test;

/** Each family on a three-paragraph document written for this test, with the moved gold checked by hand. */
class PerturbationsTest {
    // Offsets (code points): "Border report\n" is [0,14); paragraph 2 is [14,58) + two newlines; paragraph 3 starts at 60.
    static final String TEXT = "Border report\n"
            + "General Petrov said 40 tanks were destroyed.\n\n"
            + "\"We hold the line,\" Anna Berg said.\n";
    static final Document DOC = new Document("d1", TEXT);
    static final ClaimantRegistry REGISTRY = new ClaimantRegistry(List.of(
            new Claimant("petrov", "General Petrov", List.of(), "person", Side.RU),
            new Claimant("berg", "Anna Berg", List.of(), "person", Side.UA),
            new Claimant("moss", "Ivan Moss", List.of(), "person", Side.RU)));

    /** "40 tanks were destroyed" [34,57), cue "said" [29,33), mention "General Petrov" [14,28), 40 tanks [34,42). */
    static final Claim LOSSES = new Claim("d1-01", "d1", 34, 57, "40 tanks were destroyed", "petrov",
            new Span(14, 28, "General Petrov"), new Span(29, 33, "said"), List.of(), Attribution.EXPLICIT,
            QuoteKind.NONE, ClaimType.CASUALTIES, List.of(new Quantity(new Span(34, 42, "40 tanks"), 40, "tanks",
            Bound.EXACT)), null, null);
    /** "We hold the line," [61,78) inside the quotation marks at 60 and 78; "Anna Berg" [80,89), "said" [90,94). */
    static final Claim LINE = new Claim("d1-02", "d1", 61, 78, "We hold the line,", "berg",
            new Span(80, 89, "Anna Berg"), new Span(90, 94, "said"), List.of(), Attribution.EXPLICIT,
            QuoteKind.DIRECT, ClaimType.COMBAT, List.of(), null, null);
    static final List<Claim> GOLD = List.of(LOSSES, LINE);

    static PerturbedDocument apply(Perturbation p) {
        return p.apply(DOC, GOLD, REGISTRY, new SplittableRandom(7));
    }

    @Test
    void fixtureOffsetsAreRight() {
        for (Claim c : GOLD) {
            assertEquals(c.text(), DOC.slice(c.start(), c.end()));
            assertEquals(c.claimantMention().text(), DOC.slice(c.claimantMention().start(), c.claimantMention().end()));
            assertEquals(c.cue().text(), DOC.slice(c.cue().start(), c.cue().end()));
        }
    }

    @Test
    void distractorLinesGoBeforeEverySecondParagraphAndShiftTheGoldByTheirLength() {
        PerturbedDocument p = apply(LineInsertion.distractors());
        // Paragraph 2 (index 1) gets a line; paragraph 3 (index 2) does not.
        String inserted = p.document().text().substring(14, p.document().text().indexOf("General"));
        assertTrue(inserted.endsWith("\n") && !inserted.isBlank(), inserted);
        int shift = inserted.codePointCount(0, inserted.length());
        assertEquals(34 + shift, p.gold().get(0).start());
        assertEquals(61 + shift, p.gold().get(1).start());
        assertGoldTextsUnchanged(p);
    }

    @Test
    void scriptLinesGoBeforeEveryParagraphWithAClaim() {
        PerturbedDocument p = apply(LineInsertion.scriptLines());
        String[] lines = p.document().text().split("\n", -1);
        // headline, script line, paragraph 2, blank, script line, paragraph 3, "" after the final newline
        assertEquals(7, lines.length, p.document().text());
        assertTrue(lines[1].codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
                && Character.isLetter(c)));
        assertGoldTextsUnchanged(p);
    }

    @Test
    void paragraphOrderMovesClaimsWithTheirParagraphs() {
        PerturbedDocument p = apply(new ParagraphOrder());
        // Two movable paragraphs, swapped or not; either way every span keeps its text.
        assertGoldTextsUnchanged(p);
        assertEquals(DOC.length(), p.document().length());
        assertTrue(p.document().text().startsWith("Border report\n"));
    }

    @Test
    void quotationMarksCurlAndKeepEveryOffset() {
        PerturbedDocument p = apply(new QuotationMarks());
        assertEquals("\u201CWe hold the line,\u201D Anna Berg said.", p.document().text().split("\n")[3]);
        assertEquals(61, p.gold().get(1).start());
        assertEquals("We hold the line,", p.gold().get(1).text());
    }

    @Test
    void cueVerbsStayInTheirClass() {
        PerturbedDocument p = apply(new CueVerbs());
        for (Claim c : p.gold()) {
            assertNotEquals("said", c.cue().text());
            assertTrue(List.of("stated", "claimed", "asserted", "declared", "noted", "added", "told reporters")
                    .contains(c.cue().text()), c.cue().text());
        }
        assertGoldTextsUnchanged(p.gold().get(0), LOSSES);
    }

    @Test
    void claimantNamesSwapWithinAKindAndTheGoldFollows() {
        PerturbedDocument p = apply(new ClaimantNames());
        for (int i = 0; i < GOLD.size(); i++) {
            Claim before = GOLD.get(i);
            Claim after = p.gold().get(i);
            assertNotEquals(before.claimant(), after.claimant());
            assertEquals(REGISTRY.byId(after.claimant()).orElseThrow().name(), after.claimantMention().text());
            assertEquals(before.text(), after.text());
        }
    }

    @Test
    void figuresChangeDigitByDigitAndTheValueFollows() {
        PerturbedDocument p = apply(new Figures());
        Quantity q = p.gold().get(0).quantities().get(0);
        assertEquals(34, q.span().start());
        String figure = q.span().text().substring(0, 2);
        assertNotEquals("40", figure);
        assertNotEquals('0', figure.charAt(0));
        assertEquals(Double.parseDouble(figure), q.value());
        assertEquals(p.gold().get(0).text().substring(2), LOSSES.text().substring(2));
    }

    @Test
    void unicodeFormDecomposesAccentedLettersAndMovesLaterSpans() {
        // "Café" + a claim after it: NFD makes "é" two code points, so the claim moves by one.
        Document doc = new Document("d2", "Caf\u00E9 news\nX said it ended.\n");
        Claim claim = new Claim("d2-01", "d2", 17, 25, "it ended", null, null, null, List.of(), Attribution.IMPLICIT,
                QuoteKind.NONE, null, List.of(), null, null);
        PerturbedDocument p = new UnicodeForm().apply(doc, List.of(claim), REGISTRY, new SplittableRandom(1));
        assertEquals("Cafe\u0301 news\nX said it ended.\n", p.document().text());
        assertEquals(18, p.gold().get(0).start());
        assertEquals("it ended", p.gold().get(0).text());
    }

    @Test
    void aFamilyWithNothingToChangeSaysSo() {
        Document plain = new Document("d3", "Nothing here.\n");
        assertFalse(new UnicodeForm().apply(plain, List.of(), REGISTRY, new SplittableRandom(1)).changed());
        assertFalse(new QuotationMarks().apply(plain, List.of(), REGISTRY, new SplittableRandom(1)).changed());
    }

    @Test
    void theSameSeedRewritesTheSameWay() {
        Dataset dataset = new Dataset("t", "1", List.of(DOC), REGISTRY, Map.of("d1", GOLD), "0123456789");
        for (Perturbation family : Perturbations.all()) {
            assertEquals(Perturbations.apply(dataset, family, 3).dataset().documents(),
                    Perturbations.apply(dataset, family, 3).dataset().documents(), family.name());
        }
    }

    private static void assertGoldTextsUnchanged(PerturbedDocument p) {
        for (int i = 0; i < GOLD.size(); i++) {
            assertGoldTextsUnchanged(p.gold().get(i), GOLD.get(i));
        }
    }

    private static void assertGoldTextsUnchanged(Claim after, Claim before) {
        assertEquals(before.text(), after.text());
        assertEquals(before.claimantMention().text(), after.claimantMention().text());
        assertEquals(before.quantities().stream().map(q -> q.span().text()).toList(),
                after.quantities().stream().map(q -> q.span().text()).toList());
    }
}
