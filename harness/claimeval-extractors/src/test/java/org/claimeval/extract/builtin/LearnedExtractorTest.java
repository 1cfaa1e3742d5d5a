package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.junit.jupiter.api.Test;

class LearnedExtractorTest {
    /** Invented documents: claims are the sentences with a figure, non-claims the framing sentences. */
    static final List<Document> DOCS = List.of(
            new Document("a", "Officials said 40 houses burned. This is a sad moment for everyone. The fire destroyed 12 barns."),
            new Document("b", "The storm killed 3 people. What a terrible week it was. Roe said 500 homes lost power."),
            new Document("c", "Rescuers saved 20 sailors. It remains a time of worry. The flood covered 9 villages."));

    static Map<String, List<Claim>> gold() {
        Map<String, List<Claim>> gold = new LinkedHashMap<>();
        for (Document d : DOCS) {
            List<Claim> claims = new ArrayList<>();
            for (TextRange s : SentenceSplitter.sentences(d.text())) {
                String sentence = d.text().substring(s.start(), s.end());
                if (sentence.matches(".*\\d.*")) {
                    claims.add(Claim.span(null, d.id(), s.start(), s.end() - 1, sentence));
                }
            }
            gold.put(d.id(), claims);
        }
        return gold;
    }

    /** Lines written for this test: a title is a noun phrase; a headline with a verb states something. */
    @Test
    void aHeadlineWithoutAVerbIsATitleNotAClaim() {
        for (String title : List.of("Summary of the Port Authority on the situation in the harbour district",
                "Weekly digest of the northern front")) {
            assertTrue(LearnedExtractor.verbless(title, new TextRange(0, title.length())), title);
        }
        for (String headline : List.of("Residents begin returning to the valley as repairs continue",
                "Ferry service to the islands is suspended", "Two bridges closed after the storm")) {
            assertFalse(LearnedExtractor.verbless(headline, new TextRange(0, headline.length())), headline);
        }
    }

    @Test
    void emptyTrainingSetFailsInPrepareWithAClearMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new LearnedExtractor().prepare(ExtractionContext.of(CueExtractorTest.REGISTRY)));
        assertTrue(e.getMessage().contains("training set is empty"), e.getMessage());
    }

    @Test
    void trainingIsDeterministic() throws Exception {
        Document probe = new Document("p", "The blast damaged 7 trucks. Such is the nature of things.");
        List<List<Claim>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            LearnedExtractor e = new LearnedExtractor();
            e.prepare(new ExtractionContext(CueExtractorTest.REGISTRY, DOCS, gold()));
            runs.add(e.extract(probe));
        }
        assertEquals(runs.get(0), runs.get(1));
    }

    @Test
    void leaveOneOutPredictsEveryDocumentWithAModelThatNeverSawIt() throws Exception {
        Map<String, List<Claim>> byDoc = LearnedExtractor.leaveOneDocumentOut(DOCS, gold(), CueExtractorTest.REGISTRY);
        assertEquals(List.of("a", "b", "c"), List.copyOf(byDoc.keySet()));
        // The fold for "a" equals an extractor trained explicitly on "b" and "c" only.
        LearnedExtractor trainedOnOthers = new LearnedExtractor();
        trainedOnOthers.prepare(new ExtractionContext(CueExtractorTest.REGISTRY, DOCS.subList(1, 3),
                Map.of("b", gold().get("b"), "c", gold().get("c"))));
        assertEquals(trainedOnOthers.extract(DOCS.get(0)), byDoc.get("a"));
    }

    @Test
    void positiveWhenMostOfAClaimLiesInTheSentence() {
        Document d = new Document("x", "One two three. Four five six.");
        // claim [10, 22) = "ree. Four fi" (12 chars) has 4 chars in the first sentence [0,14) and 7 in the
        // second [15,29): 7 is more than half of 12, 4 is not.
        List<Claim> claims = List.of(Claim.span(null, "x", 10, 22, "ree. Four fi"));
        assertTrue(LearnedExtractor.containsClaim(d, new TextRange(15, 29), claims));
        assertTrue(!LearnedExtractor.containsClaim(d, new TextRange(0, 14), claims));
    }

    /** The texts of the claims a learned extractor trained on the invented documents finds in {@code text}. */
    private static List<String> claimTexts(String id, String text) throws Exception {
        LearnedExtractor e = new LearnedExtractor();
        e.prepare(new ExtractionContext(CueExtractorTest.REGISTRY, DOCS, gold()));
        return e.extract(new Document(id, text)).stream().map(Claim::text).toList();
    }

    @Test
    void questionsAndQuotedSpeechAreNeverTheAuthorsVoice() throws Exception {
        // Each sentence has a figure, which the invented training data makes a claim; only the last is asserted
        // by the article: a question asserts nothing, and a quotation with a directive is speech the cue rules
        // read and made no claim of (guideline 4).
        assertEquals(List.of("The flood covered 9 villages"), claimTexts("q", "Did the fire destroy 12 barns?"
                + " \"All 40 families must leave now,\" the mayor said. The flood covered 9 villages."));
    }

    @Test
    void theOutletsGreetingsAndNoticesAreNoClaims() throws Exception {
        // Figures make the invented classifier say "claim"; greetings and notices are framing (H48).
        assertEquals(List.of("The flood covered 9 villages"), claimTexts("n", "Good morning and welcome to day 12 of"
                + " our coverage. The flood covered 9 villages. We will update this page at 5 pm."));
    }
}
