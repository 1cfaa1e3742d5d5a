package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every rule-based built-in on awkward input: nothing throws, offsets stay code points, threads agree. */
class BuiltinRobustnessTest {
    static final List<ClaimExtractor> EXTRACTORS = List.of(new SentenceExtractor(), new QuoteExtractor(),
            new CueExtractor());

    @BeforeAll
    static void prepare() throws Exception {
        for (ClaimExtractor e : EXTRACTORS) {
            e.prepare(ExtractionContext.of(CueExtractorTest.REGISTRY));
        }
    }

    private static void eachGives(String text, int expected) throws Exception {
        for (ClaimExtractor e : EXTRACTORS) {
            List<Claim> claims = e.extract(new Document("r", text));
            assertEquals(expected, claims.size(), e.name() + " on " + text.length() + " chars");
        }
    }

    @Test
    void emptyWhitespaceAndPunctuationOnly() throws Exception {
        eachGives("", 0);
        eachGives(" \n\t\r\n  ", 0);
        eachGives("... ??? — !!!", 0);
    }

    @Test
    void otherScriptsGiveNoAttributedClaims() throws Exception {
        String text = "Министерство сообщило о потерях.\n国防部表示，损失很大。";
        for (ClaimExtractor e : List.of(EXTRACTORS.get(1), EXTRACTORS.get(2))) {
            assertTrue(e.extract(new Document("x", text)).isEmpty(), e.name());
        }
        // The sentence extractor still returns spans that match the text.
        Document d = new Document("x", text);
        for (Claim c : EXTRACTORS.get(0).extract(d)) {
            assertEquals(d.slice(c.start(), c.end()), c.text());
        }
    }

    @Test
    void emojiBeforeAQuotationShiftsCharsButNotCodePoints() throws Exception {
        // "🙂🙂 " is 3 code points but 5 chars; the quotation's content starts after the opening mark, so at
        // code point 3 + 1 = 4, and "Roe" starts at 4 + len("We will stay,") + len("\" ") = 4 + 13 + 2 = 19.
        String text = "🙂🙂 \"We will stay,\" Roe said.";
        Document d = new Document("e", text);
        Claim c = EXTRACTORS.get(2).extract(d).get(0);
        assertEquals(4, c.start());
        assertEquals("We will stay", c.text());
        assertEquals(d.slice(c.start(), c.end()), c.text());
        assertEquals(19, c.claimantMention().start());
    }

    @Test
    void oneMegabyteSingleLine() throws Exception {
        StringBuilder sb = new StringBuilder();
        String sentence = "Roe said that the port reopened after 3 days. ";
        while (sb.length() < 1_000_000) {
            sb.append(sentence);
        }
        Document d = new Document("big", sb.toString());
        int sentences = (int) Math.ceil(1_000_000.0 / sentence.length());
        for (ClaimExtractor e : EXTRACTORS) {
            List<Claim> claims = e.extract(d);
            // sentence and cue: one claim per repeated sentence; quote: no quotation marks at all.
            assertEquals(e.name().equals("quote") ? 0 : sentences, claims.size(), e.name());
        }
    }

    @Test
    void manyThreadsGiveTheSameResultAsOne() throws Exception {
        String text = "\"The harbour is open,\" Roe said. The Northland Interior Ministry said that 40 officers were"
                + " injured, according to the Daily Courier. Roe highlighted the fuel shortage, noting that prices"
                + " rose by about 20 per cent.\nFlood waters reach the capital, Roe says";
        Document d = new Document("m", text);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (ClaimExtractor e : EXTRACTORS) {
                List<Claim> single = e.extract(d);
                List<Future<List<Claim>>> futures = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    futures.add(pool.submit(() -> e.extract(d)));
                }
                for (Future<List<Claim>> f : futures) {
                    assertEquals(single, f.get(), e.name());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void allFourAreRegisteredThroughTheServiceLoader() {
        List<String> names = ServiceLoader.load(ClaimExtractor.class).stream()
                .map(p -> p.get().name()).sorted().toList();
        assertTrue(names.containsAll(List.of("cue", "learned", "quote", "sentence")), names.toString());
    }

    @Test
    void headlineWithoutPeriodIsItsOwnSentence() throws Exception {
        List<Claim> claims = new SentenceExtractor().extract(new Document("h", "Port reopens\nShips dock again."));
        assertEquals(List.of("Port reopens", "Ships dock again"), claims.stream().map(Claim::text).toList());
    }
}
