package org.claimeval.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.claimeval.model.Annotates;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Span;
import org.junit.jupiter.api.Test;

/**
 * A dataset without a registry names each claimant by its source mention: a predicted claimant matches when its
 * text normalises to the mention's, or when its own mention span overlaps the gold one.
 */
class MentionClaimantTest {
    private static final String TEXT = "The mayor said the bridge will reopen in May, and the engineers agreed.";
    private static final Annotates MENTION = new Annotates(Annotates.ClaimantKind.MENTION, List.of(), false, false,
            false, true, false);

    private static Claim gold(String doc) {
        return Claim.span(doc + "-1", doc, 15, 44, "the bridge will reopen in May").toBuilder()
                .claimant("The mayor").claimantMention(new Span(0, 9, "The mayor")).build();
    }

    private static Claim predicted(String doc, String claimant, Span mention) {
        return Claim.span(null, doc, 15, 44, "the bridge will reopen in May").toBuilder()
                .claimant(claimant).claimantMention(mention).build();
    }

    @Test
    void sameNormalisedTextOrOverlappingMentionIsTheSameClaimant() {
        List<Document> docs = List.of(new Document("d1", TEXT), new Document("d2", TEXT), new Document("d3", TEXT));
        Dataset dataset = new Dataset("t", "1.0.0", docs, ClaimantRegistry.empty(),
                Map.of("d1", List.of(gold("d1")), "d2", List.of(gold("d2")), "d3", List.of(gold("d3"))), "00", MENTION);
        Map<String, List<Claim>> predictions = Map.of(
                // "the Mayor" normalises (case, leading "the") to the mention's "mayor": right
                "d1", List.of(predicted("d1", "the Mayor", null)),
                // another name, but its mention [4,9) "mayor" overlaps the gold mention [0,9): right
                "d2", List.of(predicted("d2", "Mr Smith", new Span(4, 9, "mayor"))),
                // "the engineers" at [50,63): neither: wrong
                "d3", List.of(predicted("d3", "the engineers", new Span(50, 63, "the engineers"))));
        Scores s = new Scorer(new ScoreConfig(MatchConfig.overlap(0.5), Subset.ALL)).score(dataset, predictions);
        // 3 matched pairs, 2 with the right claimant: accuracy 2/3.
        assertEquals(new Accuracy(2, 3, 3), s.attributes().claimant());
        // claim + claimant: d1 and d2 match (TP 2); d3's prediction is a FP and its gold a FN.
        assertEquals(new Counts(2, 1, 1), s.attributes().strict());
    }
}
